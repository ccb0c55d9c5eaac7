import DugnadCore
import TerminalKit

/// The `f` dialog: which venues the grid shows.
enum VenueFilterForm {
    static func make(_ filter: VenueFilter, lookup: Lookup, language: Language) -> FormState {
        let any = Choice(value: "", label: Phrase.venues(.any).text(language))
        let sites = [any] + lookup.sites.map { Choice(value: String($0.id), label: $0.name) }
        let kinds = [any] + VenueKind.allCases.map { Choice(value: $0.rawValue, label: Phrase.venueKind($0).text(language)) }
        let districts = [any] + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        func flag(_ on: Bool) -> String { on ? "1" : "0" }
        let fields = [
            Field(key: VenueFilterField.site, label: .venues(.field(.site)), kind: .picker(sites), value: filter.siteID.map { String($0) } ?? ""),
            Field(key: VenueFilterField.kind, label: .venues(.field(.kind)), kind: .choice(kinds), value: filter.kind?.rawValue ?? ""),
            Field(key: VenueFilterField.kommunedel, label: .venues(.field(.kommunedel)), kind: .picker(districts),
                  value: filter.kommunedelID.map { String($0) } ?? ""),
            Field(key: VenueFilterField.capacity, label: .venues(.field(.minimumCapacity)), kind: .number(range: 1...10_000),
                  text: filter.minimumCapacity.map { String($0) } ?? ""),
            Field(key: VenueFilterField.stepFree, label: .venues(.field(.stepFree)), kind: .toggle, value: flag(filter.stepFree)),
            Field(key: VenueFilterField.toilet, label: .venues(.field(.accessibleToilet)), kind: .toggle, value: flag(filter.accessibleToilet)),
            Field(key: VenueFilterField.loop, label: .venues(.field(.hearingLoop)), kind: .toggle, value: flag(filter.hearingLoop)),
        ]
        return FormState(purpose: .venues(.venueFilter), title: .venues(.filterTitle), fields: fields)
    }

    static func filter(from form: FormState, keeping old: VenueFilter) -> VenueFilter {
        var f = old
        f.siteID = RowID(form.value(VenueFilterField.site))
        f.kind = VenueKind(rawValue: form.value(VenueFilterField.kind))
        f.kommunedelID = RowID(form.value(VenueFilterField.kommunedel))
        f.minimumCapacity = Int(form.value(VenueFilterField.capacity))
        f.stepFree = form.value(VenueFilterField.stepFree) == "1"
        f.accessibleToilet = form.value(VenueFilterField.toilet) == "1"
        f.hearingLoop = form.value(VenueFilterField.loop) == "1"
        return f
    }

    /// The filter in words for the grid's title line.
    static func summary(_ f: VenueFilter, lookup: Lookup, language: Language) -> [String] {
        var parts: [String] = []
        if let s = f.siteID { parts.append(lookup.site(s)) }
        if let k = f.kind { parts.append(Phrase.venueKind(k).text(language)) }
        if let d = f.kommunedelID { parts.append(lookup.kommunedel(d)) }
        if let c = f.minimumCapacity { parts.append(Phrase.venues(.atLeast(c)).text(language)) }
        if f.stepFree || f.accessibleToilet || f.hearingLoop {
            parts.append(Phrase.venues(.accessibility(stepFree: f.stepFree, toilet: f.accessibleToilet, loop: f.hearingLoop))
                .text(language))
        }
        return parts
    }
}
