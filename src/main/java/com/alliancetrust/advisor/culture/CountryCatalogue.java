package com.alliancetrust.advisor.culture;

import com.alliancetrust.advisor.domain.NotFoundException;
import com.alliancetrust.advisor.knowledge.CountryProfile;
import com.alliancetrust.advisor.knowledge.CultureKnowledge;
import java.util.List;

/** The country profiles as the API lists and shows them. */
public final class CountryCatalogue {

    /** A country in the list: how many of the catalogue's dimensions its profile knows, and its named practices. */
    public record CountrySummary(String code, String name, long knownDimensions, int dimensions, List<String> practices) {
    }

    private CountryCatalogue() {
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
