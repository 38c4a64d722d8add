package es.conectaempleo.lti.launch.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.MutableClock;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.deeplinking.DeepLinkingSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep-linking tickets on a clock the test moves: round trip, expiry, forgery, and no confusion with launch tokens. */
class DeepLinkTicketsTest {
  private static final byte[] SECRET = new byte[32];

  static {
    Arrays.fill(SECRET, (byte) 7);
  }

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

  private final DeepLinkingSettings settings =
      new DeepLinkingSettings(
          URI.create("https://canvas.example.edu/courses/7/deep_linking_response?modal=true"),
          List.of("ltiResourceLink"), false, true, "opaque-data");

  @Test
  void testTicketCarriesTheRequestUnchanged() throws LaunchRejectedException {
    DeepLinkTickets tickets = tickets();
    DeepLinkRequest request = tickets.request(4, "dep-1", settings, true, "en");

    DeepLinkRequest back = tickets.verify(tickets.issue(request));

    assertThat(back).isEqualTo(request);
  }

  @Test
  void testExpiredForgedAndLaunchTokensAreRefused() throws LaunchRejectedException {
    DeepLinkTickets tickets = tickets();
    String ticket = tickets.issue(tickets.request(4, "dep-1", settings, true, "es"));
    String forged = ticket.substring(0, ticket.length() - 2) + (ticket.endsWith("AA") ? "BB" : "AA");
    assertRefused(tickets, forged);
    assertRefused(tickets, null);

    var launchTokens = new LaunchTokens();
    launchTokens.keys = keys();
    launchTokens.clock = clock;
    launchTokens.sessionMinutes = 120;
    launchTokens.sessionMaxHours = 12;
    launchTokens.init();
    String launchToken =
        launchTokens.issue(
            new LaunchSession(1, 4, 2, null, null, LinkGrading.UNGRADED, null, true, false, "es", clock.instant(), clock.instant().plusSeconds(600)));
    assertRefused(tickets, launchToken);

    clock.advance(DeepLinkTickets.LIFETIME.plus(Duration.ofSeconds(1)));
    assertRefused(tickets, ticket);
  }

  private static void assertRefused(DeepLinkTickets tickets, String ticket) {
    assertThatThrownBy(() -> tickets.verify(ticket))
        .isInstanceOfSatisfying(LaunchRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Rejection.SESSION_INVALID));
  }

  private DeepLinkTickets tickets() {
    var made = new DeepLinkTickets();
    made.keys = keys();
    made.clock = clock;
    made.init();
    return made;
  }

  private static ToolKeys keys() {
    return new ToolKeys() {
      @Override
      public byte[] launchTokenSecret() {
        return SECRET.clone();
      }
    };
  }
}
