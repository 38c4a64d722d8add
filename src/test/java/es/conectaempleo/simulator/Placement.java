package es.conectaempleo.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the LMS a launch starts: the activity (Moodle) or placement (Canvas) with its resource
 * link, the course it sits in, its custom parameters and which services it grants. Immutable; the
 * {@code with*} methods return changed copies. Create one with {@link
 * SimulatedPlatform#newPlacement()}.
 *
 * @param targetLinkUri the tool URL the LMS admin configured for this link
 * @param initiation how the LMS sends the login initiation: {@code POST} (both LMSs do) or {@code GET}
 */
public record Placement(
    MessageType messageType,
    String deploymentId,
    String targetLinkUri,
    String resourceLinkId,
    String resourceLinkTitle,
    String contextId,
    String contextLabel,
    String contextTitle,
    Map<String, String> custom,
    boolean gradeService,
    boolean rosterService,
    String initiation) {

  public Placement {
    custom = Collections.unmodifiableMap(new LinkedHashMap<>(custom));
  }

  public Placement withCustom(String name, String value) {
    var changed = new LinkedHashMap<>(custom);
    changed.put(name, value);
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, changed, gradeService, rosterService, initiation);
  }

  public Placement withoutCustom(String name) {
    var changed = new LinkedHashMap<>(custom);
    changed.remove(name);
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, changed, gradeService, rosterService, initiation);
  }

  /** The teacher renamed the LMS course. */
  public Placement withContextTitle(String title) {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, title, custom, gradeService, rosterService, initiation);
  }

  /** Another link (activity) of the same LMS course. */
  public Placement withResourceLink(String id, String title) {
    return new Placement(messageType, deploymentId, targetLinkUri, id, title,
        contextId, contextLabel, contextTitle, custom, gradeService, rosterService, initiation);
  }

  /** The teacher's "Select content" button instead of a link: an {@code LtiDeepLinkingRequest}. */
  public Placement deepLinking() {
    return new Placement(MessageType.DEEP_LINKING, deploymentId, targetLinkUri, resourceLinkId,
        resourceLinkTitle, contextId, contextLabel, contextTitle, custom, false, false, initiation);
  }

  /** The resource link a deep-linking request of this course leads to (the LMS creates it). */
  public Placement asResourceLink(String id, String title) {
    return new Placement(MessageType.RESOURCE_LINK, deploymentId, targetLinkUri, id, title,
        contextId, contextLabel, contextTitle, Map.of(), false, false, initiation);
  }

  public Placement withDeployment(String deploymentId) {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, gradeService, rosterService, initiation);
  }

  public Placement withTargetLinkUri(String targetLinkUri) {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, gradeService, rosterService, initiation);
  }

  /**
   * Adds the AGS endpoint claim (Moodle: "Accept grades from the tool"), naming the course's {@link
   * SimulatedPlatform#gradebook gradebook} and the link's line item.
   */
  public Placement withGradeService() {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, true, rosterService, initiation);
  }

  /** Without the AGS claim (Moodle: an activity with "Accept grades from the tool" off). */
  public Placement withoutGradeService() {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, false, rosterService, initiation);
  }

  /** Adds the NRPS claim. */
  public Placement withRosterService() {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, gradeService, true, initiation);
  }

  /** Sends the login initiation as a GET redirect instead of a form POST. */
  public Placement initiatedByGet() {
    return new Placement(messageType, deploymentId, targetLinkUri, resourceLinkId, resourceLinkTitle,
        contextId, contextLabel, contextTitle, custom, gradeService, rosterService, "GET");
  }
}
