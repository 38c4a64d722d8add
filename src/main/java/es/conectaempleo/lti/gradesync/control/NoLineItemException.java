package es.conectaempleo.lti.gradesync.control;

/** The placement has no line item the tool may use, and may not create one. */
public class NoLineItemException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoLineItemException(String message) {
    super(message);
  }
}
