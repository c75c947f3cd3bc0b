package com.alliancetrust.advisor.culture;

import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.CultureKnowledge;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The country profiles as the API lists and shows them. */
public final class CountryCatalogue {

    /** A country in the list: how many of the catalogue's dimensions its profile knows, and its named practices. */
    public record CountrySummary(String code, String name, long knownDimensions, int dimensions, List<String> practices) {
    }

    /** A country the API accepts: its ISO code, its English name, and whether the knowledge base has its culture profile. */
    public record CountryName(String code, String name, boolean profile) {
    }

    private CountryCatalogue() {
    }

    /** Every ISO 3166 country the API accepts, by English name, so that forms can offer countries by name. */
    public static List<CountryName> names(CultureKnowledge culture) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new CountryName(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH), culture.countries().containsKey(code)))
                .sorted(Comparator.comparing(CountryName::name, Collator.getInstance(Locale.ENGLISH)))
                .toList();
    }

    public static List<CountrySummary> list(CultureKnowledge culture) {
        return culture.countries().values().stream().map(p -> new CountrySummary(p.code(), p.name(), p.knownCount(),
                p.dimensions().size(), p.practices().stream().map(CountryProfile.Practice::id).toList())).toList();
    }

    public static CountryProfile profile(CultureKnowledge culture, String code) {
        CountryProfile profile = culture.countries().get(code);
        if (profile == null) {
            throw new NotFoundException("No country profile for \"" + code + "\"; country profiles exist for: " + culture.codes());
        }
        return profile;
    }
}
