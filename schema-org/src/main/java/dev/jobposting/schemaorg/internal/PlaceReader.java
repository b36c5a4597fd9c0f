package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.GeoCoordinates;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads Places, PostalAddresses and the areas remote applicants may live in. */
final class PlaceReader {

  private static final Set<String> WORLDWIDE = Set.of("worldwide", "anywhere", "global",
      "world", "earth", "remote", "weltweit", "monde", "mundo", "mondo", "wereldwijd",
      "anywhere in the world", "全世界");
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{1,3}");
  private static final Pattern REGION_PART = Pattern.compile("[A-Za-z0-9]{1,3}");

  private PlaceReader() {}

  /** A work location: a Place with an address, a bare PostalAddress, or a text naming a country. */
  static Optional<PostalAddress> location(Value value, Context context) {
    Optional<Obj> place = context.object(value);
    if (place.isEmpty()) {
      Optional<CountryCode> country = context.text(value).flatMap(t -> country(value, t, context));
      return country.map(c -> PostalAddress.builder().country(c).build());
    }
    Obj obj = place.get();
    if (obj.isType(POSTAL_ADDRESS) || !obj.has(ADDRESS) && obj.has(ADDRESS_COUNTRY)) {
      Optional<PostalAddress> address = address(obj, null);
      obj.finish();
      return address;
    }
    Optional<GeoCoordinates> geo = obj.one(GEO).flatMap(g -> coordinates(g, context));
    Optional<PostalAddress> address = obj.one(ADDRESS).flatMap(a -> {
      Optional<Obj> addressObj = context.object(a);
      if (addressObj.isEmpty()) {
        context.issues().dropped(a.path(), "an address as a text has no country to rely on: "
            + a.shown());
        return Optional.empty();
      }
      Optional<PostalAddress> read = address(addressObj.get(), geo.orElse(null));
      addressObj.get().finish();
      return read;
    });
    if (address.isEmpty() && !obj.has(ADDRESS)) {
      context.issues().dropped(obj.path(), "a place without an address cannot be a work location");
    }
    obj.finish();
    return address;
  }

  /** A PostalAddress; dropped with an issue when it has no country the model accepts. */
  static Optional<PostalAddress> address(Obj obj, GeoCoordinates geo) {
    Context context = obj.context();
    PostalAddress.Builder builder = PostalAddress.builder();
    obj.one(STREET_ADDRESS).flatMap(context::plainText).ifPresent(builder::streetAddress);
    obj.one(ADDRESS_LOCALITY).flatMap(context::plainText).ifPresent(builder::locality);
    obj.one(POSTAL_CODE).flatMap(context::plainText).ifPresent(builder::postalCode);
    Optional<Value> countryValue = obj.one(ADDRESS_COUNTRY);
    Optional<CountryCode> country = countryValue.flatMap(v -> context.text(v)
        .flatMap(t -> country(v, t, context)));
    Optional<Value> regionValue = obj.one(ADDRESS_REGION);
    Optional<String> region = regionValue.flatMap(context::plainText);
    if (country.isEmpty()) {
      if (countryValue.isEmpty()) {
        context.issues().dropped(obj.path(), "address without addressCountry left out");
      }
      return Optional.empty();
    }
    builder.country(country.get());
    region.ifPresent(r -> subdivision(r, country.get()).ifPresentOrElse(builder::subdivision,
        () -> builder.region(r)));
    if (geo != null) {
      builder.coordinates(geo);
    }
    try {
      return Optional.of(builder.build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(obj.path(), "address left out: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<SubdivisionCode> subdivision(String region, CountryCode country) {
    String code = null;
    if (SUBDIVISION.matcher(region).matches()
        && region.substring(0, 2).equalsIgnoreCase(country.code())) {
      code = region;
    } else if (SubdivisionCode.isListed(country) && REGION_PART.matcher(region).matches()) {
      code = country.code() + "-" + region;
    }
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SubdivisionCode.of(code));
    } catch (InvariantViolationException e) {
      return Optional.empty();
    }
  }

  static Optional<CountryCode> country(Value value, String text, Context context) {
    Optional<Countries.Match> match = Countries.find(text);
    if (match.isEmpty()) {
      context.issues().dropped(value.path(), value.shown() + " is no country this importer knows");
      return Optional.empty();
    }
    if (!match.get().exact()) {
      context.issues().normalised(value.path(), "read country " + value.shown() + " as "
          + match.get().code());
    }
    return Optional.of(match.get().code());
  }

  /** The country of an object ({@code Country}, {@code addressCountry}, {@code name}) or a text. */
  private static Optional<CountryCode> countryOf(Value value, Context context) {
    return context.text(value).flatMap(t -> country(value, t, context));
  }

  private static Optional<GeoCoordinates> coordinates(Value value, Context context) {
    Optional<Obj> geo = context.object(value);
    if (geo.isEmpty()) {
      context.issues().dropped(value.path(), "expected GeoCoordinates, found " + value.shown());
      return Optional.empty();
    }
    Optional<BigDecimal> latitude = geo.get().one(LATITUDE).flatMap(v -> Numbers.read(v, context));
    Optional<BigDecimal> longitude = geo.get().one(LONGITUDE).flatMap(v -> Numbers.read(v, context));
    geo.get().finish();
    if (latitude.isEmpty() || longitude.isEmpty()) {
      context.issues().dropped(value.path(), "coordinates need a latitude and a longitude");
      return Optional.empty();
    }
    try {
      return Optional.of(GeoCoordinates.of(latitude.get(), longitude.get()));
    } catch (InvariantViolationException e) {
      context.issues().dropped(value.path(), e.getMessage());
      return Optional.empty();
    }
  }

  /** An area applicants may live in: worldwide, a country or an ISO 3166-2 subdivision. */
  static Optional<AdministrativeArea> area(Value value, Context context) {
    Optional<Obj> obj = context.object(value);
    Value named = value;
    if (obj.isPresent()) {
      Optional<Value> name = obj.get().one(NAME);
      Optional<Value> country = obj.get().one(ADDRESS_COUNTRY);
      obj.get().skip(SAME_AS);
      obj.get().finish();
      if (obj.get().has(SAME_AS)) {
        context.issues().dropped(value.path() + "." + SAME_AS,
            "the area is read from its name; sameAs is not followed");
      }
      if (name.isEmpty() && country.isEmpty()) {
        context.issues().dropped(value.path(), "an area without a name cannot be read");
        return Optional.empty();
      }
      named = name.orElseGet(country::get);
    }
    Optional<String> text = context.text(named);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    if (WORLDWIDE.contains(t.toLowerCase(Locale.ROOT))) {
      return Optional.of(AdministrativeArea.worldwide());
    }
    if (SUBDIVISION.matcher(t).matches() && CountryCode.isValid(t.substring(0, 2))) {
      try {
        return Optional.of(AdministrativeArea.subdivision(t));
      } catch (InvariantViolationException e) {
        context.issues().dropped(named.path(), e.getMessage());
        return Optional.empty();
      }
    }
    return countryOf(named, context).map(AdministrativeArea::country);
  }
}
