package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.launch.entity.LaunchAudit;
import java.time.Instant;

/** One audited launch, as the admin API shows it. */
public record LaunchAuditView(
    long id,
    Instant occurredAt,
    String outcome,
    String reason,
    String detail,
    String issuer,
    String clientId,
    String deploymentId,
    String subject,
    String messageType,
    String courseCode) {

  static LaunchAuditView of(LaunchAudit audit) {
    return new LaunchAuditView(
        audit.id(),
        audit.occurredAt(),
        audit.outcome().name().toLowerCase(java.util.Locale.ROOT),
        audit.reason(),
        audit.detail(),
        audit.issuer(),
        audit.clientId(),
        audit.deploymentId(),
        audit.subject(),
        audit.messageType(),
        audit.courseCode());
  }
}
