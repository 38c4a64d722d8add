package es.conectaempleo.lti.lti.dynreg;

/**
 * What the platform answered to the registration (DR §3.6).
 *
 * @param clientId the client id it issued to the tool
 * @param deploymentId the deployment it created; {@code null} when it leaves that for later (Canvas
 *     creates deployments when an admin installs the tool)
 * @param scope the scopes it granted, space-separated; {@code null} when it does not say
 */
public record RegisteredTool(String clientId, String deploymentId, String scope) {}
