package es.conectaempleo.lti.registration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to register a deployment of a platform. */
public record DeploymentRequest(
    @NotBlank
        @Size(max = 255)
        @Pattern(regexp = "\\p{ASCII}+", message = "must contain only ASCII characters")
        String deploymentId) {}
