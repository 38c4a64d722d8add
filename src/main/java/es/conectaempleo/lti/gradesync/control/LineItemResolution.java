package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.entity.ResourceLink;
import es.conectaempleo.lti.gradesync.entity.GradeLink;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ags.AgsClient;
import es.conectaempleo.lti.lti.ags.LineItem;
import es.conectaempleo.lti.lti.ags.LineItemFilter;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The line item a placement's scores go to: the launch claim's {@code lineitem}; else the one of
 * the container tagged {@value #TAG} for this resource link; else one created (score maximum 100,
 * labelled with the course title, resource id = course code) when the {@code lineitem} scope was
 * granted. The answer is stored on the grade link, so a platform is asked once per placement; the
 * search and the create run under the grade link's row lock, so two nodes never create two.
 *
 * <p>The line item is created on the resource link first: Moodle needs that (its activity's grade
 * items belong to the activity). Canvas only attaches line items to links that are assignments;
 * for a module item or a course-navigation link it refuses with 404 (no resource link record) or
 * 412 (no active line items). Then the tool's own unattached line item of the course (tag, resource
 * id = course code, no resource link) is taken, else created without resource link, which Canvas
 * turns into a gradebook column of its own. So the non-assignment placements of one Conecta course
 * in one LMS course share one column (two of them resolving at the same moment on two nodes may
 * still make two: the lock is per placement). Without the right to create, the search has no tag
 * filter, so the LMS's own line item of the link is listed too.
 */
@ApplicationScoped
public class LineItemResolution {
  /** The tag of the line items the tool creates and looks for. */
  public static final String TAG = "conecta-course";

  @PersistenceContext EntityManager em;

  @Inject AgsClient ags;

  @Inject ScoreOutbox outbox;

  @Inject Clock clock;

  /**
   * Call only when the grade link read outside a transaction had no line item yet.
   *
   * @param token a token with the claim's AGS scopes; never {@code null}
   * @throws NoLineItemException no usable line item and none may be created
   * @throws ServiceCallException the platform failed while looking or creating
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public URI lineItem(long gradeLinkId, ServiceToken token) throws NoLineItemException, ServiceCallException {
    // The locking read comes first: on InnoDB (REPEATABLE READ) a plain read before it would fix
    // the snapshot, and a line item another node stored meanwhile would stay invisible.
    GradeLink link = em.find(GradeLink.class, gradeLinkId, LockModeType.PESSIMISTIC_WRITE);
    if (link.lineItemUrl() != null) {
      return link.lineItemUrl();
    }
    if (link.claimLineItemUrl() != null) {
      link.useLineItem(link.claimLineItemUrl(), GradeLink.Origin.CLAIM);
      return link.lineItemUrl();
    }
    if (link.lineItemsUrl() == null) {
      throw new NoLineItemException("The LMS gave neither a line item nor a line item container for this activity");
    }
    ResourceLink resourceLink = em.find(ResourceLink.class, link.resourceLinkKey());
    Course course = link.courseId() == null ? null : em.find(Course.class, link.courseId());
    String resourceLinkId = resourceLink.resourceLinkId();
    boolean mayCreate = link.scopes().contains(AgsScopes.LINEITEM) && token.allows(AgsScopes.LINEITEM);
    boolean mayRead = mayCreate || token.allows(AgsScopes.LINEITEM_READONLY);
    if (mayRead) {
      List<LineItem> items = ags.findLineItems(link.lineItemsUrl(), linkFilter(resourceLinkId, mayCreate), token);
      LineItem found = choose(items, resourceLinkId, mayCreate);
      if (found != null) {
        link.useLineItem(found.id(), GradeLink.Origin.FOUND);
        return found.id();
      }
    }
    if (!mayCreate) {
      throw new NoLineItemException(
          "The LMS has no grade item for this activity and did not let the tool create one (scope lineitem)");
    }
    String label = course != null ? course.titleEs() : resourceLink.title() != null ? resourceLink.title() : "Conecta Empleo";
    String courseCode = course == null ? null : course.code();
    LineItem toCreate = LineItem.toCreate(label, ScoreRules.SCORE_MAXIMUM).withResourceId(courseCode).withTag(TAG);
    LineItem created;
    try {
      created = ags.createLineItem(link.lineItemsUrl(), toCreate.withResourceLinkId(resourceLinkId), token);
    } catch (ServiceCallException e) {
      if (!refusesTheLink(e)) {
        throw e;
      }
      // Canvas: the link is not an assignment. Share the course's own column, or make it.
      LineItem shared = courseCode == null ? null
          : unattached(ags.findLineItems(link.lineItemsUrl(), courseFilter(courseCode), token), courseCode);
      if (shared != null) {
        link.useLineItem(shared.id(), GradeLink.Origin.FOUND);
        return shared.id();
      }
      created = ags.createLineItem(link.lineItemsUrl(), toCreate, token);
    }
    link.useLineItem(created.id(), GradeLink.Origin.CREATED);
    return created.id();
  }

  /**
   * The search for the link's line item. With the right to create, only the tool's own (tagged);
   * without it, every line item of the link, so that {@link #choose} can take the LMS's own.
   */
  static LineItemFilter linkFilter(String resourceLinkId, boolean mayCreate) {
    LineItemFilter ofLink = LineItemFilter.forResourceLink(resourceLinkId);
    return mayCreate ? ofLink.withTag(TAG) : ofLink;
  }

  /**
   * The platform answered 404 for a line item of this placement: see {@link GradeLink#lineItemGone}.
   *
   * @return whether the tool will look for (or create) another one
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean forgetGone(long gradeLinkId, URI lineItem) {
    GradeLink link = em.find(GradeLink.class, gradeLinkId, LockModeType.PESSIMISTIC_WRITE);
    if (link == null) {
      return false;
    }
    boolean current = lineItem.equals(link.lineItemUrl());
    boolean lookAgain = link.lineItemGone(lineItem);
    if (current && link.lineItemUrl() == null) {
      // Forgotten now: the grades that went to the deleted column go to the next one too.
      outbox.resendGrades(gradeLinkId, clock.instant());
    }
    return lookAgain;
  }

  /** The search for the tool's line item of the course that belongs to no link. */
  static LineItemFilter courseFilter(String courseCode) {
    return LineItemFilter.all().withResourceId(courseCode).withTag(TAG);
  }

  /**
   * Canvas's answers to a line item created on a link that is not an assignment: 404 when it keeps
   * no resource link of that id, 412 when the link has no active line items.
   */
  static boolean refusesTheLink(ServiceCallException e) {
    return e.failure().hasStatus(404) || e.failure().hasStatus(412);
  }

  /**
   * The tool's unattached line item of the course among what the platform listed (platforms may
   * ignore the filters): tagged {@value #TAG}, with the course code as resource id and no resource
   * link; {@code null} when none.
   */
  static LineItem unattached(List<LineItem> items, String courseCode) {
    return items.stream()
        .filter(i -> TAG.equals(i.tag()) && courseCode.equals(i.resourceId()) && i.resourceLinkId() == null)
        .findFirst()
        .orElse(null);
  }

  /**
   * The tool's line item of this link among what the platform listed (platforms may ignore the
   * filters). Without the right to create, a single line item of the link is taken whatever its
   * tag: the one the LMS made for the activity.
   */
  static LineItem choose(List<LineItem> items, String resourceLinkId, boolean mayCreate) {
    for (LineItem item : items) {
      if (TAG.equals(item.tag()) && resourceLinkId.equals(item.resourceLinkId())) {
        return item;
      }
    }
    if (mayCreate) {
      return null;
    }
    List<LineItem> ofLink =
        items.stream().filter(i -> Objects.equals(resourceLinkId, i.resourceLinkId())).toList();
    return ofLink.size() == 1 ? ofLink.get(0) : null;
  }
}
