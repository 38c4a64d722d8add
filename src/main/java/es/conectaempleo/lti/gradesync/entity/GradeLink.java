package es.conectaempleo.lti.gradesync.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where the gradebook of one placement (resource link) lives, as its latest launch with the AGS
 * claim told: the line-item container, the claim's own line item if any, and the granted scopes.
 *
 * <p>Lifecycle: created by the first launch with the claim, updated by later launches when the
 * claim changed. The line item scores go to is resolved lazily by the dispatcher: the claim's
 * {@code lineitem}, else one found by resource link and tag, else one created, at most once
 * (resolution runs under this row's lock and stores the result). A Canvas link that is not an
 * assignment gets the course's line item that belongs to no link, found or created.
 */
@Entity
@Table(name = "grade_link")
@NamedQuery(
    name = GradeLink.FIND_BY_RESOURCE_LINK,
    query = "SELECT g FROM GradeLink g WHERE g.resourceLinkKey = :resourceLinkKey")
@NamedQuery(name = GradeLink.WITH_IDS, query = "SELECT g FROM GradeLink g WHERE g.id IN :ids")
public class GradeLink {
  public static final String FIND_BY_RESOURCE_LINK = "GradeLink.findByResourceLink";
  public static final String WITH_IDS = "GradeLink.withIds";

  /** How the line item was chosen. */
  public enum Origin {
    CLAIM,
    FOUND,
    CREATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "resource_link_id", nullable = false, updatable = false)
  private long resourceLinkKey;

  @Column(name = "platform_id", nullable = false)
  private long platformId;

  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "line_items_url", length = 1024)
  private String lineItemsUrl;

  @Column(name = "claim_line_item_url", length = 1024)
  private String claimLineItemUrl;

  @Column(nullable = false, length = 1000)
  private String scopes;

  @Column(name = "line_item_url", length = 1024)
  private String lineItemUrl;

  @Column(name = "line_item_origin", length = 16)
  private String lineItemOrigin;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected GradeLink() {}

  public GradeLink(long resourceLinkKey, long platformId, Instant now) {
    this.resourceLinkKey = resourceLinkKey;
    this.platformId = platformId;
    this.scopes = "";
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Takes what a launch's claim says; changes nothing when it says the same. A claim {@code
   * lineitem} always wins; a new container forgets a line item found or created in the old one.
   *
   * @param courseId may be {@code null} (then the known course stays)
   * @param lineItems may be {@code null}
   * @param lineItem may be {@code null}
   * @param grantedScopes never {@code null}
   * @return whether anything changed
   */
  public boolean point(
      long platformId, Long courseId, URI lineItems, URI lineItem, List<String> grantedScopes, Instant now) {
    String items = lineItems == null ? null : lineItems.toString();
    String item = lineItem == null ? null : lineItem.toString();
    String scopeText = String.join(" ", grantedScopes);
    if (scopeText.length() > 1000) {
      scopeText = scopeText.substring(0, 1000);
    }
    boolean changed = false;
    if (this.platformId != platformId) {
      this.platformId = platformId;
      changed = true;
    }
    if (courseId != null && !courseId.equals(this.courseId)) {
      this.courseId = courseId;
      changed = true;
    }
    if (!scopeText.equals(this.scopes)) {
      this.scopes = scopeText;
      changed = true;
    }
    if (!Objects.equals(items, this.lineItemsUrl)) {
      this.lineItemsUrl = items;
      if (!Origin.CLAIM.name().equals(lineItemOrigin)) {
        forgetLineItem();
      }
      changed = true;
    }
    if (!Objects.equals(item, this.claimLineItemUrl)) {
      this.claimLineItemUrl = item;
      forgetLineItem();
      changed = true;
    }
    if (item != null && this.lineItemUrl == null) {
      useLineItem(lineItem, Origin.CLAIM);
    }
    if (changed) {
      this.updatedAt = now;
    }
    return changed;
  }

  /** Remembers the line item scores go to from now on. */
  public void useLineItem(URI lineItem, Origin origin) {
    this.lineItemUrl = lineItem.toString();
    this.lineItemOrigin = origin.name();
  }

  /**
   * The platform no longer knows the line item scores went to (a teacher deleted the column). One
   * the tool found or created is forgotten, so the next delivery looks again (and creates a new one
   * when allowed); the claim's own line item is the platform's word and stays until a launch
   * changes it.
   *
   * @return whether scores should look for the placement's line item again: it was forgotten now,
   *     or another delivery already replaced or forgot it
   */
  public boolean lineItemGone(URI lineItem) {
    if (!lineItem.toString().equals(lineItemUrl)) {
      return true;
    }
    if (lineItemOrigin() == Origin.CLAIM) {
      return false;
    }
    forgetLineItem();
    return true;
  }

  private void forgetLineItem() {
    this.lineItemUrl = null;
    this.lineItemOrigin = null;
  }

  public Long id() {
    return id;
  }

  public long resourceLinkKey() {
    return resourceLinkKey;
  }

  public long platformId() {
    return platformId;
  }

  /** The catalog course the placement opens; {@code null} while unknown. */
  public Long courseId() {
    return courseId;
  }

  public URI lineItemsUrl() {
    return lineItemsUrl == null ? null : URI.create(lineItemsUrl);
  }

  public URI claimLineItemUrl() {
    return claimLineItemUrl == null ? null : URI.create(claimLineItemUrl);
  }

  /** The resolved line item; {@code null} until resolved. */
  public URI lineItemUrl() {
    return lineItemUrl == null ? null : URI.create(lineItemUrl);
  }

  public Origin lineItemOrigin() {
    return lineItemOrigin == null ? null : Origin.valueOf(lineItemOrigin);
  }

  /** The scopes the claim granted. */
  public List<String> scopes() {
    return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
  }
}
