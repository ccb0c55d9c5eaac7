import DugnadCore
import TerminalKit

/// The administration form of a venue (new or edit): every field of the
/// issue, opening hours as one text line per weekday. Read back through
/// `VenueValidation`, so the form and the store apply the same rules.
enum VenueForm {
    static func make(_ venue: Venue?, lookup: Lookup, language: Language) -> FormState {
        let v = venue ?? Venue(name: "", kind: .moterom, kommunedelID: 0, capacity: 20)
        func label(_ l: VenueAdminPhrase.Label) -> Phrase { .venues(.admin(.label(l))) }
        func toggle(_ key: String, _ l: VenueAdminPhrase.Label, _ on: Bool) -> Field {
            Field(key: key, label: label(l), kind: .toggle, value: on ? "1" : "0")
        }
        let kinds = VenueKind.allCases.map { Choice(value: $0.rawValue, label: Phrase.venueKind($0).text(language)) }
        let sites = [Choice(value: "", label: Phrase.none.text(language))]
            + lookup.sites.map { Choice(value: String($0.id), label: $0.name) }
        let districts = lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let slots = VenueValidation.slotSizes.map {
            Choice(value: String($0), label: Phrase.venues(.admin(.slotChoice($0))).text(language))
        }
        let policies = PricePolicy.allCases.map {
            Choice(value: $0.rawValue, label: Phrase.venues(.admin(.policyChoice($0))).text(language))
        }
        let access = AccessMethod.allCases.map {
            Choice(value: $0.rawValue, label: Phrase.venues(.accessMethod($0)).text(language))
        }
        var fields = [
            Field(key: "name", label: label(.name), kind: .text(maxLength: VenueValidation.maxNameLength), required: true,
                  text: v.name),
            Field(key: "kind", label: label(.kind), kind: .choice(kinds), value: v.kind.rawValue),
            Field(key: "site", label: label(.site), kind: .picker(sites), value: v.siteID.map { String($0) } ?? ""),
            Field(key: "kommunedel", label: label(.kommunedel), kind: .picker(districts),
                  value: v.kommunedelID == 0 ? "" : String(v.kommunedelID)),
            Field(key: "capacity", label: label(.capacity), kind: .number(range: VenueValidation.capacityRange),
                  required: true, text: String(v.capacity)),
        ]
        fields += (1...7).map { weekday in
            Field(key: "hours\(weekday)", label: label(.weekday(weekday)), kind: .text(maxLength: 80),
                  text: OpeningHoursText.format(v.openingHours.intervals(on: weekday)))
        }
        fields += [
            toggle("closedOnHolidays", .closedOnHolidays, v.closedOnHolidays),
            Field(key: "slotMinutes", label: label(.slotMinutes), kind: .choice(slots), value: String(v.slotMinutes)),
            Field(key: "pricePolicy", label: label(.pricePolicy), kind: .choice(policies), value: v.pricePolicy.rawValue),
            Field(key: "hourlyRate", label: label(.hourlyRate), kind: .text(maxLength: 20), text: kroner(v.hourlyRate)),
            Field(key: "subsidisedRate", label: label(.subsidisedRate), kind: .text(maxLength: 20), text: kroner(v.subsidisedRate)),
            toggle("requiresApproval", .requiresApproval, v.requiresApproval),
            Field(key: "accessMethod", label: label(.accessMethod), kind: .choice(access), value: v.accessMethod.rawValue),
            toggle("stepFree", .stepFree, v.stepFree),
            toggle("accessibleToilet", .accessibleToilet, v.accessibleToilet),
            toggle("hearingLoop", .hearingLoop, v.hearingLoop),
            Field(key: "equipment", label: label(.equipment), kind: .text(maxLength: 400), text: v.equipment.joined(separator: ", ")),
            toggle("bookableOnline", .bookableOnline, v.bookableOnline),
        ]
        var form = FormState(purpose: .venues(.venue(original: venue)),
                             title: venue.map { .venues(.admin(.editTitle($0.name))) } ?? .venues(.admin(.newTitle)),
                             fields: fields)
        form.notes = [FormNote(.venues(.admin(.formHelp)))]
        return form
    }

    /// `450`, `450,50`; empty for zero (the form's way of saying "no rate").
    static func kroner(_ m: Money) -> String {
        guard m.ore != 0 else { return "" }
        let k = m.ore / 100, o = m.ore % 100
        return o == 0 ? "\(k)" : "\(k),\(o < 10 ? "0" : "")\(o)"
    }

    /// The field a problem is shown under.
    static func key(_ field: VenueField) -> String {
        switch field {
        case .name: return "name"
        case .kommunedel: return "kommunedel"
        case .capacity: return "capacity"
        case .slotMinutes: return "slotMinutes"
        case .hourlyRate: return "hourlyRate"
        case .subsidisedRate: return "subsidisedRate"
        case .equipment: return "equipment"
        case .hours(let weekday): return "hours\(weekday)"
        }
    }

    /// Marks every problem under its field and focuses the first.
    static func show(_ issues: [VenueIssue], in form: inout FormState) {
        for issue in issues { form.setError(key(issue.field), .venues(.admin(.problem(issue.problem)))) }
        form.focusFirstError()
    }

    /// Reads the venue out of the form, or marks the fields that are wrong.
    /// A venue with a site but no kommunedel takes the site's.
    static func venue(from form: inout FormState, original: Venue?, lookup: Lookup) -> Venue? {
        form.clearErrors()
        var base = original ?? Venue(name: "", kind: .moterom, kommunedelID: 0, capacity: 1)
        if case .venues(.venue(let venue?)) = form.purpose { base.id = venue.id }
        base.kind = VenueKind(rawValue: form.value("kind")) ?? base.kind
        base.siteID = RowID(form.value("site"))
        base.closedOnHolidays = form.value("closedOnHolidays") == "1"
        base.requiresApproval = form.value("requiresApproval") == "1"
        base.accessMethod = AccessMethod(rawValue: form.value("accessMethod")) ?? base.accessMethod
        base.stepFree = form.value("stepFree") == "1"
        base.accessibleToilet = form.value("accessibleToilet") == "1"
        base.hearingLoop = form.value("hearingLoop") == "1"
        base.bookableOnline = form.value("bookableOnline") == "1"
        let site = lookup.sites.first { $0.id == base.siteID }
        let draft = VenueDraft(base: base, name: form.value("name"),
                               kommunedelID: RowID(form.value("kommunedel")) ?? site?.kommunedelID,
                               capacity: form.value("capacity"), hours: (1...7).map { form.value("hours\($0)") },
                               slotMinutes: Int(form.value("slotMinutes")) ?? base.slotMinutes,
                               pricePolicy: PricePolicy(rawValue: form.value("pricePolicy")) ?? base.pricePolicy,
                               hourlyRate: form.value("hourlyRate"), subsidisedRate: form.value("subsidisedRate"),
                               equipment: form.value("equipment"))
        switch VenueValidation.venue(from: draft) {
        case .success(let venue): return venue
        case .failure(let found):
            show(found.issues, in: &form)
            return nil
        }
    }
}
