package es.conectaempleo.lti.registration.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What an operator sends to open Dynamic Registration to one LMS; every field optional.
 *
 * @param name what to call the platform it registers (e.g. "Moodle IES Ejemplo"); else the LMS's
 *     own name
 * @param validHours how long the link works; 72 hours when absent
 */
public record InvitationRequest(@Size(max = 255) String name, @Min(1) @Max(720) Integer validHours) {
  static final int DEFAULT_VALID_HOURS = 72;

  int hours() {
    return validHours == null ? DEFAULT_VALID_HOURS : validHours;
  }
}
