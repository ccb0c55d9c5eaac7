import DugnadCore
import TerminalKit

/// The form of a closure: what it applies to (a venue, or a whole site —
/// one picker, values `v:ID` and `s:ID`), the dates and the reason.
enum ClosureForm {
    /// `venue` is the grid's venue when the form opens: it and its site come first in the picker.
    static func make(_ closure: Closure?, venue: Venue?, today: CivilDate, lookup: Lookup, language: Language) -> FormState {
        let c = closure ?? Closure(venueID: venue?.id, siteID: venue == nil ? lookup.sites.first?.id : nil,
                                   startsOn: today, endsOn: today)
        func label(_ l: ClosurePhrase.Label) -> Phrase { .venues(.closures(.label(l))) }
        let form = FormState(
            purpose: .venues(.closure(id: c.id)),
            title: closure == nil ? .venues(.closures(.newTitle)) : .venues(.closures(.editTitle)),
            fields: [
                Field(key: ClosureField.target, label: label(.target), kind: .picker(targets(first: venue, lookup: lookup, language: language)),
                      required: true, value: value(c)),
                Field(key: ClosureField.from, label: label(.from), kind: .date, required: true, text: c.startsOn.norwegian),
                Field(key: ClosureField.to, label: label(.to), kind: .date, required: true, text: c.endsOn.norwegian),
                // Checked by ClosureValidation with the other rules, so every problem shows at once.
                Field(key: ClosureField.reason, label: label(.reason), kind: .text(maxLength: ClosureValidation.maxReasonLength),
                      text: c.reason),
            ])
        var result = form
        result.notes = [FormNote(.venues(.closures(.formHelp)))]
        return result
    }

    static func value(_ c: Closure) -> String {
        if let v = c.venueID { return "v:\(v)" }
        if let s = c.siteID { return "s:\(s)" }
        return ""
    }

    /// The venue (and its site) first, then every site, then every venue by name.
    static func targets(first venue: Venue?, lookup: Lookup, language: Language) -> [Choice] {
        let sites = lookup.sites.map {
            Choice(value: "s:\($0.id)", label: Phrase.venues(.closures(.targetSite($0.name))).text(language))
        }
        let venues = lookup.venueNames.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map {
            Choice(value: "v:\($0.key)", label: Phrase.venues(.closures(.targetVenue($0.value))).text(language))
        }
        var front: [Choice] = []
        if let venue {
            front += venues.filter { $0.value == "v:\(venue.id)" }
            if let site = venue.siteID { front += sites.filter { $0.value == "s:\(site)" } }
        }
        let shown = Set(front.map(\.value))
        return front + sites.filter { !shown.contains($0.value) } + venues.filter { !shown.contains($0.value) }
    }

    /// Reads the closure out of the form (dates already checked by the form
    /// framework), or marks the fields that are wrong.
    static func closure(from form: inout FormState, today: CivilDate) -> Closure? {
        form.clearErrors()
        guard case .venues(.closure(let id)) = form.purpose,
              let from = DateInput.parseDate(form.value(ClosureField.from), today: today),
              let to = DateInput.parseDate(form.value(ClosureField.to), today: today) else {
            if DateInput.parseDate(form.value(ClosureField.from), today: today) == nil { form.setError(ClosureField.from, .badDate) }
            if DateInput.parseDate(form.value(ClosureField.to), today: today) == nil { form.setError(ClosureField.to, .badDate) }
            form.focusFirstError()
            return nil
        }
        let target = form.value(ClosureField.target)
        let targetID = RowID(target.dropFirst(2))
        let closure = Closure(id: id, venueID: target.hasPrefix("v:") ? targetID : nil,
                              siteID: target.hasPrefix("s:") ? targetID : nil, startsOn: from, endsOn: to,
                              reason: form.value(ClosureField.reason))
        let problems = ClosureValidation.problems(closure)
        show(problems, in: &form)
        return problems.isEmpty ? closure : nil
    }

    static func show(_ problems: [ClosureProblem], in form: inout FormState) {
        for p in problems {
            let key: ClosureField
            switch p {
            case .targetMissing: key = .target
            case .endBeforeStart, .tooLong: key = .to
            case .reasonMissing, .reasonTooLong: key = .reason
            }
            form.setError(key, .venues(.closures(.problem(p))))
        }
        form.focusFirstError()
    }
}
