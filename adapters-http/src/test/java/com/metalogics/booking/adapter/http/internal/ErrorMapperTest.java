package com.metalogics.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  /** The status table of docs/api.md, "Error codes". */
  private static final Map<ErrorCode, Integer> DESIGN = new EnumMap<>(ErrorCode.class);

  static {
    DESIGN.put(ErrorCode.VALIDATION_ERROR, 400);
    DESIGN.put(ErrorCode.INVALID_DATE_RANGE, 400);
    DESIGN.put(ErrorCode.UNAUTHORIZED, 401);
    DESIGN.put(ErrorCode.NOT_FOUND, 404);
    DESIGN.put(ErrorCode.SLOT_UNAVAILABLE, 409);
    DESIGN.put(ErrorCode.BOOKING_NOT_ACTIVE, 409);
    DESIGN.put(ErrorCode.BOOKING_NOT_PAST, 409);
    DESIGN.put(ErrorCode.VERSION_CONFLICT, 409);
    DESIGN.put(ErrorCode.IDEMPOTENCY_KEY_REUSED, 422);
    DESIGN.put(ErrorCode.PAYLOAD_TOO_LARGE, 413);
    DESIGN.put(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 415);
    DESIGN.put(ErrorCode.FREQUENCY_LIMIT_EXCEEDED, 429);
    DESIGN.put(ErrorCode.RATE_LIMITED, 429);
    DESIGN.put(ErrorCode.CALENDAR_ERROR, 503);
    DESIGN.put(ErrorCode.CALENDAR_AUTH_ERROR, 503);
    DESIGN.put(ErrorCode.CRM_ERROR, 503);
    DESIGN.put(ErrorCode.CRM_AUTH_ERROR, 503);
    DESIGN.put(ErrorCode.STORAGE_UNAVAILABLE, 503);
    DESIGN.put(ErrorCode.INTERNAL_ERROR, 500);
  }

  @Test
  void everyCoreErrorCode_hasTheStatusOfTheDesign() {
    assertThat(DESIGN).hasSize(ErrorCode.values().length);
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(ErrorMapper.statusOf(code)).as(code.name()).isEqualTo(DESIGN.get(code));
    }
  }

  @Test
  void unexpectedExceptions_becomeAGenericInternalError() {
    ErrorMapper.Mapped mapped =
        ErrorMapper.map(new IllegalStateException("db password is hunter2"));
    assertThat(mapped.status()).isEqualTo(500);
    assertThat(mapped.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(mapped.message()).doesNotContain("hunter2");
    assertThat(mapped.internal()).isTrue();
  }

  @Test
  void serverRefusals_keepTheirStatus_butGetOurEnvelope() {
    assertThat(ErrorMapper.forServerStatus(431).status()).isEqualTo(431);
    assertThat(ErrorMapper.forServerStatus(431).code()).isEqualTo("VALIDATION_ERROR");
    assertThat(ErrorMapper.forServerStatus(404).code()).isEqualTo("NOT_FOUND");
    assertThat(ErrorMapper.forStatus(405).code()).isEqualTo("METHOD_NOT_ALLOWED");
    ErrorMapper.Mapped version = ErrorMapper.forServerStatus(505);
    assertThat(version.status()).isEqualTo(505);
    assertThat(version.code()).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
    assertThat(version.internal()).isFalse();
  }
}
