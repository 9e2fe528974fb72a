package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.VipLink;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.OptionalLong;

/**
 * The admin's VIP tiers and links. Reads of an unknown tier throw {@code
 * CatalogItemNotFoundException}; a save whose {@code expectedVersion} is not the stored one throws
 * {@code VersionConflictException}; a grant naming an unknown event type throws {@code
 * ValidationException} naming the field. Saves are audited under {@code actor} like the catalog's.
 */
public interface ManageVipTiers {

  List<Stored<VipTier>> vipTiers();

  Stored<VipTier> vipTier(String id);

  Stored<VipTier> saveVipTier(VipTier tier, OptionalLong expectedVersion, String actor);

  /**
   * The signed token of a VIP link. The tier must exist; the expiry must lie in the future, at most
   * {@value #MAX_LINK_DAYS} days ahead; a bound e-mail must be well formed ({@code
   * ValidationException} naming {@code expiresAt} or {@code email}).
   */
  String issueVipLink(VipLink link);

  int MAX_LINK_DAYS = 366;
}
