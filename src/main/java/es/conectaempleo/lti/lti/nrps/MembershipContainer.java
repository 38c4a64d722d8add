package es.conectaempleo.lti.lti.nrps;

import java.net.URI;
import java.util.List;

/**
 * Every member of a context, gathered over all pages. Immutable.
 *
 * @param contextId the context's id, as in launches; may be {@code null}
 * @param contextLabel may be {@code null}
 * @param contextTitle may be {@code null}
 * @param members never {@code null}
 * @param differencesUrl the {@code rel="differences"} link of the last page, for a later delta
 *     query; may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public record MembershipContainer(
    String contextId,
    String contextLabel,
    String contextTitle,
    List<Membership> members,
    URI differencesUrl) {

  public MembershipContainer {
    members = List.copyOf(members);
  }
}
