package es.conectaempleo.lti;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC wall-clock timestamp. EclipseLink 4.0 would otherwise write
 * a BLOB, and going through {@code java.sql.Timestamp} would shift values by the JVM time zone (and
 * lose an hour at each daylight-saving change), so nodes in different zones would disagree.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {
  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return utc(instant);
  }

  /** The column value of an instant, for native SQL parameters; {@code null} stays {@code null}. */
  public static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
