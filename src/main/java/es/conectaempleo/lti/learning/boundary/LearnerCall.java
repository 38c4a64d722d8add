package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.launch.boundary.LaunchSession;
import jakarta.enterprise.context.RequestScoped;

/** The launch session of the learning-API call being served, as {@link LearnerTokenFilter} verified it. */
@RequestScoped
class LearnerCall {
  private LaunchSession session;

  void verified(LaunchSession session) {
    this.session = session;
  }

  /** @throws IllegalStateException when the call did not pass {@link LearnerTokenFilter} (a missing binding) */
  LaunchSession session() {
    if (session == null) {
      throw new IllegalStateException("learning API resource without @LearnerApi");
    }
    return session;
  }
}
