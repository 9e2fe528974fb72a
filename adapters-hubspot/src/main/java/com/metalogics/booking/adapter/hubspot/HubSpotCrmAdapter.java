package com.metalogics.booking.adapter.hubspot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException.Kind;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotClient;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotContacts;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotNotes;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotPolicies;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.FailsafeException;
import dev.failsafe.RateLimitExceededException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CrmPort} on HubSpot's CRM v3 REST API. Contacts are upserted by e-mail (owned by the
 * contact's {@code ownerId}, when it names one), notes are written at most once per {@link
 * CrmNote#key()}, statuses go to a configurable contact property. Every failure of HubSpot leaves
 * as the core's {@link IntegrationException}.
 */
public final class HubSpotCrmAdapter implements CrmPort {

  private static final Logger LOG = LoggerFactory.getLogger(HubSpotCrmAdapter.class);
  private static final Duration HUBSPOT_RATE_WINDOW = Duration.ofSeconds(10);
  private static final Duration CONTACT_ID_TTL = Duration.ofMinutes(30);
  private static final Duration PROPERTY_TTL = Duration.ofMinutes(10);
  private static final Duration HEALTH_TTL = Duration.ofSeconds(30);
  private static final Duration WRITTEN_NOTE_TTL = Duration.ofDays(1);
  private static final int CACHE_SIZE = 10_000;

  /** The contact property naming the HubSpot user who owns the contact. */
  static final String OWNER = "hubspot_owner_id";

  private static final Pattern OWNER_ID = Pattern.compile("[0-9]{1,18}");

  private final HubSpotConfig config;
  private final HubSpotPolicies policies;
  private final HubSpotContacts contacts;
  private final HubSpotNotes notes;
  private final Cache<String, String> contactIds;
  private final Cache<String, Optional<String>> properties;

  /** Contact id to where HubSpot says the contact came from, as its last search read it. */
  private final Cache<String, CrmOrigin> origins;

  private final Cache<String, Boolean> writtenNotes;
  private final Cache<String, Object> noteLocks;
  private final Cache<Boolean, HealthStatus> health;

  public HubSpotCrmAdapter(HubSpotConfig config) {
    this(config, Ticker.systemTicker(), HUBSPOT_RATE_WINDOW);
  }

  /** For tests: a ticker driving the caches and a shorter window for the request limit. */
  HubSpotCrmAdapter(HubSpotConfig config, Ticker ticker, Duration requestWindow) {
    this.config = Objects.requireNonNull(config, "config");
    this.policies = new HubSpotPolicies(config, requestWindow);
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(config.callTimeout())
            .version(
                "https".equals(config.baseUrl().getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .build();
    HubSpotClient client =
        new HubSpotClient(
            http, new ObjectMapper(), config.baseUrl(), config.accessToken(), config.callTimeout());
    this.contacts = new HubSpotContacts(client, policies);
    this.notes = new HubSpotNotes(client, policies);
    this.contactIds = cache(ticker, CONTACT_ID_TTL);
    this.properties = cache(ticker, PROPERTY_TTL);
    this.origins = cache(ticker, CONTACT_ID_TTL);
    this.writtenNotes = cache(ticker, WRITTEN_NOTE_TTL);
    this.noteLocks = Caffeine.newBuilder().weakValues().build();
    this.health = cache(ticker, HEALTH_TTL);
    LOG.info("HubSpot CRM adapter on {} with token {}", config.baseUrl(), config.maskedToken());
  }

  @Override
  public String upsertContact(CrmContact contact) {
    String email = EmailAddress.normalize(contact.email());
    Map<String, String> properties = propertiesOf(contact, email);
    String id =
        translated("upsert contact", () -> policies.retrying(() -> upsert(email, properties)));
    contactIds.put(email, id);
    LOG.debug("HubSpot contact {} is {}", EmailAddress.mask(email), id);
    return id;
  }

  @Override
  public void addNote(String contactId, CrmNote note) {
    if (writtenNotes.getIfPresent(note.key()) != null) {
      return;
    }
    String marker = HubSpotNotes.marker(note.key());
    String body = note.body() + "\n\n(ref " + marker + ")";
    Object lock = noteLocks.get(note.key(), k -> new Object());
    synchronized (lock) {
      translated(
          "add note",
          () ->
              policies.retrying(
                  () -> {
                    if (writtenNotes.getIfPresent(note.key()) == null
                        && !notes.existsOnContact(contactId, marker)) {
                      notes.create(contactId, note.timestamp(), body);
                    }
                    writtenNotes.put(note.key(), Boolean.TRUE);
                    return null;
                  }));
    }
  }

  /**
   * Read through the contact id cache (a search only for an address not seen lately), and kept for
   * ten minutes: a VIP check at booking time should rarely wait for HubSpot.
   */
  @Override
  public Optional<String> contactProperty(String email, String property) {
    String normalized = EmailAddress.normalize(email);
    String key = normalized + "\n" + property;
    Optional<String> cached = properties.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    Optional<String> value =
        translated(
            "read contact property",
            () -> {
              Optional<String> id =
                  Optional.ofNullable(contactIds.getIfPresent(normalized))
                      .or(() -> contacts.findByEmail(normalized).map(this::keepOrigin));
              id.ifPresent(found -> contactIds.put(normalized, found));
              return id.flatMap(found -> contacts.property(found, property));
            });
    properties.put(key, value);
    return value;
  }

  /** The contact's id; where it came from is kept, as an upsert's search keeps it. */
  private String keepOrigin(HubSpotContacts.Found found) {
    found.origin().ifPresent(origin -> origins.put(found.id(), origin));
    return found.id();
  }

  @Override
  public void recordStatus(String contactId, UUID bookingId, BookingStatus status) {
    Optional<String> property = config.statusProperty();
    if (property.isEmpty()) {
      return;
    }
    translated(
        "record status",
        () ->
            policies.retrying(
                () -> {
                  contacts.update(contactId, Map.of(property.get(), status.name()));
                  return null;
                }));
  }

  /** Cached with the contact: read by the search that found it, so no call of its own. */
  @Override
  public Optional<CrmOrigin> originOf(String contactId) {
    return Optional.ofNullable(origins.getIfPresent(contactId));
  }

  @Override
  public HealthStatus health() {
    return health.get(Boolean.TRUE, k -> probe());
  }

  /** Whether calls currently fail fast because HubSpot kept failing. */
  public boolean circuitOpen() {
    return policies.circuitOpen();
  }

  private String upsert(String email, Map<String, String> properties) {
    String cached = contactIds.getIfPresent(email);
    if (cached != null) {
      try {
        contacts.update(cached, properties);
        return cached;
      } catch (HubSpotCallException e) {
        if (e.kind() != Kind.NOT_FOUND) {
          throw e;
        }
        contactIds.invalidate(email);
      }
    }
    Optional<String> found = contacts.findByEmail(email).map(this::keepOrigin);
    if (found.isPresent()) {
      contacts.update(found.get(), properties);
      return found.get();
    }
    return contacts.createOrUpdateExisting(properties);
  }

  private HealthStatus probe() {
    try {
      contacts.probe();
      return HealthStatus.UP;
    } catch (RuntimeException e) {
      LOG.warn("HubSpot health probe failed: {}", e.getMessage());
      return HealthStatus.DOWN;
    }
  }

  /** Data minimisation: only the fields a CRM contact needs, plus the configured extras. */
  private Map<String, String> propertiesOf(CrmContact contact, String email) {
    Map<String, String> properties = new LinkedHashMap<>(config.extraProperties());
    properties.put("email", email);
    putIfNotBlank(properties, "firstname", contact.firstName());
    putIfNotBlank(properties, "lastname", contact.lastName());
    contact.company().ifPresent(c -> putIfNotBlank(properties, "company", c));
    contact.phone().ifPresent(p -> putIfNotBlank(properties, "phone", p));
    contact.ownerId().ifPresent(owner -> properties.put(OWNER, ownerId(owner)));
    config
        .sourceProperties()
        .forEach(
            (field, property) ->
                sourceValue(contact.source(), field)
                    .ifPresent(value -> putIfNotBlank(properties, property, value)));
    return properties;
  }

  /**
   * HubSpot owner ids are numbers; anything else is a mistake in the host's settings, refused
   * before it reaches HubSpot.
   */
  private static String ownerId(String owner) {
    String trimmed = owner.trim();
    if (!OWNER_ID.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "HubSpot owner id must be a number of up to 18 digits but was '" + owner + "'");
    }
    return trimmed;
  }

  private static Optional<String> sourceValue(LeadSource source, String field) {
    return switch (field) {
      case "utmSource" -> source.utmSource();
      case "utmMedium" -> source.utmMedium();
      case "utmCampaign" -> source.utmCampaign();
      case "utmTerm" -> source.utmTerm();
      case "utmContent" -> source.utmContent();
      case "referrer" -> source.referrer();
      default -> Optional.empty();
    };
  }

  private static void putIfNotBlank(Map<String, String> properties, String name, String value) {
    if (!value.isBlank()) {
      properties.put(name, value.trim());
    }
  }

  private static <T> T translated(String operation, Supplier<T> work) {
    try {
      return work.get();
    } catch (HubSpotCallException e) {
      LOG.warn("HubSpot {} failed: {}", operation, e.getMessage());
      if (e.kind() == Kind.AUTH) {
        throw IntegrationException.crmAuth(
            "HubSpot refused our credentials (" + e.status() + ")", e);
      }
      throw IntegrationException.crm("HubSpot " + operation + " failed: " + e.getMessage(), e);
    } catch (CircuitBreakerOpenException e) {
      throw IntegrationException.crm("HubSpot circuit is open: failing fast", e);
    } catch (RateLimitExceededException e) {
      throw IntegrationException.crm("HubSpot client-side rate limit: no permit in time", e);
    } catch (FailsafeException e) {
      throw IntegrationException.crm("HubSpot " + operation + " failed", e);
    }
  }

  private static <K, V> Cache<K, V> cache(Ticker ticker, Duration ttl) {
    return Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(ttl)
        .maximumSize(CACHE_SIZE)
        .build();
  }
}
