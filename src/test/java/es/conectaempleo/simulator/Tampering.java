package es.conectaempleo.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a platform does wrong in the next id_token it issues: claims changed or removed, header
 * parameters changed, or a signature that must not verify. Negative tests use it instead of
 * touching the tool. Edits run in order on the claims the platform built (including its {@code
 * iat}), so they can be relative to the issue time. Not thread-safe; build it, then hand it over.
 */
public final class Tampering {
  /** How the token is signed. */
  public enum Signature {
    /** RS256 with the platform's published key: the normal case. */
    PLATFORM_KEY,
    /** RS256 with a fresh key nobody published, under the published key's {@code kid}. */
    UNPUBLISHED_KEY,
    /** RS256 with the platform's key, then one bit of the signature flipped. */
    CORRUPTED,
    /** An unsecured JWT, {@code alg: none}, no signature. */
    NONE,
    /** HS256 with the platform's public key (PEM text) as the HMAC secret. */
    HMAC_WITH_PUBLIC_KEY
  }

  private final List<Consumer<Map<String, Object>>> claimEdits = new ArrayList<>();
  private final Map<String, Object> headerEdits = new LinkedHashMap<>();
  private Signature signature = Signature.PLATFORM_KEY;

  /** No tampering yet. */
  public static Tampering of() {
    return new Tampering();
  }

  /** Sets a top-level claim to any JSON-able value (String, Number, Boolean, List, Map). */
  public Tampering claim(String name, Object value) {
    claimEdits.add(claims -> claims.put(name, value));
    return this;
  }

  /** Removes a top-level claim. */
  public Tampering without(String name) {
    claimEdits.add(claims -> claims.remove(name));
    return this;
  }

  /** Sets a member of an object claim, e.g. {@code resource_link.id}; {@code null} removes it. */
  public Tampering member(String claim, String member, Object value) {
    claimEdits.add(
        claims -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> object = (Map<String, Object>) claims.get(claim);
          var copy = object == null ? new LinkedHashMap<String, Object>() : new LinkedHashMap<>(object);
          if (value == null) {
            copy.remove(member);
          } else {
            copy.put(member, value);
          }
          claims.put(claim, copy);
        });
    return this;
  }

  /** Any other change of the claims. */
  public Tampering edit(Consumer<Map<String, Object>> edit) {
    claimEdits.add(edit);
    return this;
  }

  /** Sets a JWS header parameter ({@code kid}, {@code typ}, or any other); {@code null} removes it. */
  public Tampering header(String name, Object value) {
    headerEdits.put(name, value);
    return this;
  }

  public Tampering signature(Signature signature) {
    this.signature = signature;
    return this;
  }

  /** Issued {@code secondsAgo + 60} seconds ago, expired {@code secondsAgo} seconds ago. */
  public Tampering expired(long secondsAgo) {
    return edit(
        claims -> {
          long iat = ((Number) claims.get("iat")).longValue();
          claims.put("iat", iat - secondsAgo - 60);
          claims.put("exp", iat - secondsAgo);
        });
  }

  /** A {@code kid} the platform never published. */
  public Tampering unknownKeyId() {
    return header("kid", "never-published-" + Randoms.token(6));
  }

  void applyTo(Map<String, Object> claims) {
    claimEdits.forEach(edit -> edit.accept(claims));
  }

  Map<String, Object> headerEdits() {
    return Collections.unmodifiableMap(headerEdits);
  }

  Signature signature() {
    return signature;
  }
}
