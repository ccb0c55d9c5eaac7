import DugnadCore
import TerminalKit

/// The administration form of a venue (new or edit): every field of the
/// issue, opening hours as one text line per weekday. Read back through
/// `VenueValidation`, so the form and the store apply the same rules.
enum VenueForm {
    static func make(_ venue: Venue?, lookup: Lookup, language: Language) -> FormState {
        let v = venue ?? Venue(name: "", kind: .moterom, kommunedelID: 0, capacity: 20)
        func label(_ l: VenueAdminPhrase.Label) -> Phrase { .venues(.admin(.label(l))) }
        func toggle(_ key: VenueFormField, _ l: VenueAdminPhrase.Label, _ on: Bool) -> Field {
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
            Field(key: VenueFormField.name, label: label(.name), kind: .text(maxLength: VenueValidation.maxNameLength), required: true,
                  text: v.name),
            Field(key: VenueFormField.kind, label: label(.kind), kind: .choice(kinds), value: v.kind.rawValue),
            Field(key: VenueFormField.site, label: label(.site), kind: .picker(sites), value: v.siteID.map { String($0) } ?? ""),
            Field(key: VenueFormField.kommunedel, label: label(.kommunedel), kind: .picker(districts),
                  value: v.kommunedelID == 0 ? "" : String(v.kommunedelID)),
            Field(key: VenueFormField.capacity, label: label(.capacity), kind: .number(range: VenueValidation.capacityRange),
                  required: true, text: String(v.capacity)),
        ]
        fields += (1...7).map { weekday in
            Field(key: VenueFormField.hours(weekday), label: label(.weekday(weekday)), kind: .text(maxLength: 80),
                  text: OpeningHoursText.format(v.openingHours.intervals(on: weekday)))
        }
        fields += [
            toggle(VenueFormField.closedOnHolidays, .closedOnHolidays, v.closedOnHolidays),
            Field(key: VenueFormField.slotMinutes, label: label(.slotMinutes), kind: .choice(slots), value: String(v.slotMinutes)),
            Field(key: VenueFormField.pricePolicy, label: label(.pricePolicy), kind: .choice(policies), value: v.pricePolicy.rawValue),
            Field(key: VenueFormField.hourlyRate, label: label(.hourlyRate), kind: .text(maxLength: 20), text: kroner(v.hourlyRate)),
            Field(key: VenueFormField.subsidisedRate, label: label(.subsidisedRate), kind: .text(maxLength: 20), text: kroner(v.subsidisedRate)),
            toggle(VenueFormField.requiresApproval, .requiresApproval, v.requiresApproval),
            Field(key: VenueFormField.accessMethod, label: label(.accessMethod), kind: .choice(access), value: v.accessMethod.rawValue),
            toggle(VenueFormField.stepFree, .stepFree, v.stepFree),
            toggle(VenueFormField.accessibleToilet, .accessibleToilet, v.accessibleToilet),
            toggle(VenueFormField.hearingLoop, .hearingLoop, v.hearingLoop),
            Field(key: VenueFormField.equipment, label: label(.equipment), kind: .text(maxLength: 400), text: v.equipment.joined(separator: ", ")),
            toggle(VenueFormField.bookableOnline, .bookableOnline, v.bookableOnline),
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
    static func key(_ field: VenueField) -> VenueFormField {
        switch field {
        case .name: return .name
        case .kommunedel: return .kommunedel
        case .capacity: return .capacity
        case .slotMinutes: return .slotMinutes
        case .hourlyRate: return .hourlyRate
        case .subsidisedRate: return .subsidisedRate
        case .equipment: return .equipment
        case .hours(let weekday): return .hours(weekday)
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
        base.kind = VenueKind(rawValue: form.value(VenueFormField.kind)) ?? base.kind
        base.siteID = RowID(form.value(VenueFormField.site))
        base.closedOnHolidays = form.value(VenueFormField.closedOnHolidays) == "1"
        base.requiresApproval = form.value(VenueFormField.requiresApproval) == "1"
        base.accessMethod = AccessMethod(rawValue: form.value(VenueFormField.accessMethod)) ?? base.accessMethod
        base.stepFree = form.value(VenueFormField.stepFree) == "1"
        base.accessibleToilet = form.value(VenueFormField.accessibleToilet) == "1"
        base.hearingLoop = form.value(VenueFormField.hearingLoop) == "1"
        base.bookableOnline = form.value(VenueFormField.bookableOnline) == "1"
        let site = lookup.sites.first { $0.id == base.siteID }
        let draft = VenueDraft(base: base, name: form.value(VenueFormField.name),
                               kommunedelID: RowID(form.value(VenueFormField.kommunedel)) ?? site?.kommunedelID,
                               capacity: form.value(VenueFormField.capacity), hours: (1...7).map { form.value(VenueFormField.hours($0)) },
                               slotMinutes: Int(form.value(VenueFormField.slotMinutes)) ?? base.slotMinutes,
                               pricePolicy: PricePolicy(rawValue: form.value(VenueFormField.pricePolicy)) ?? base.pricePolicy,
                               hourlyRate: form.value(VenueFormField.hourlyRate), subsidisedRate: form.value(VenueFormField.subsidisedRate),
                               equipment: form.value(VenueFormField.equipment))
        switch VenueValidation.venue(from: draft) {
        case .success(let venue): return venue
        case .failure(let found):
            show(found.issues, in: &form)
            return nil
        }
    }
}
