import DugnadCore
import TerminalKit

/// The booking form: prefilled from the grid's selection, built with the
/// form framework. Its price and conflicts come from the store (`assess`)
/// after every change and show under the fields before saving.
enum BookingForm {
    static func make(venue: Venue, venueName: String, start: CivilDateTime, end: CivilDateTime,
                     organisations: [OrganisationChoice], language: Language) -> FormState {
        let endText = end.date == start.date ? end.time.text : "24:00"
        let fields = [
            Field(key: "date", label: .venues(.field(.date)), kind: .date, required: true, text: start.date.norwegian),
            Field(key: "from", label: .venues(.field(.from)), kind: .time, required: true, text: start.time.text),
            Field(key: "to", label: .venues(.field(.to)), kind: .time, required: true, text: endText),
            Field(key: "organisation", label: .venues(.field(.organisation)), kind: .picker(choices(organisations, language))),
            Field(key: "name", label: .venues(.field(.bookerName)), kind: .text(maxLength: 80)),
            Field(key: "phone", label: .venues(.field(.phone)), kind: .text(maxLength: 30)),
            Field(key: "purpose", label: .venues(.field(.purpose)), kind: .text(maxLength: 120), required: true),
            Field(key: "attendees", label: .venues(.field(.attendees)), kind: .number(range: 1...10_000), required: true),
            Field(key: "public", label: .venues(.field(.isPublic)), kind: .toggle, value: "0"),
        ] + SeriesInput.fields(weekday: start.date.weekday, language: language)
        return FormState(purpose: .booking(venueID: venue.id), title: .venues(.bookingFormTitle(venueName)), fields: fields)
    }

    static func choices(_ organisations: [OrganisationChoice], _ language: Language) -> [Choice] {
        [Choice(value: "", label: Phrase.privatePerson.text(language))]
            + organisations.map { Choice(value: String($0.id), label: $0.name) }
    }

    /// The booking the form describes now, or nil while date or times do not parse.
    static func draft(_ form: FormState, venueID: RowID, today: CivilDate, organisations: [OrganisationChoice]) -> Booking? {
        guard let date = DateInput.parseDate(form.value("date"), today: today),
              let from = DateInput.parseTime(form.value("from")),
              let to = DateInput.parseTime(form.value("to")) else { return nil }
        let start = CivilDateTime(date: date, time: from)
        let end = to == .endOfDay ? CivilDateTime(date: date.adding(days: 1), time: .midnight) : CivilDateTime(date: date, time: to)
        let orgID = RowID(form.value("organisation"))
        let orgName = orgID.flatMap { id in organisations.first { $0.id == id }?.name }
        let typed = form.value("name")
        return Booking(venueID: venueID, start: start, end: end, organisationID: orgID,
                       bookerName: typed.isEmpty ? (orgName ?? "") : typed, bookerPhone: form.value("phone"),
                       purpose: form.value("purpose"), attendees: Int(form.value("attendees")) ?? 0,
                       isPublic: form.value("public") == "1")
    }

    /// The booking to save, or the form marked where it is wrong.
    static func booking(from form: inout FormState, today: CivilDate, organisations: [OrganisationChoice]) -> Booking? {
        guard case .booking(let venueID) = form.purpose,
              let b = draft(form, venueID: venueID, today: today, organisations: organisations) else { return nil }
        if b.bookerName.isEmpty {
            form.setError("name", .venues(.bookerRequired))
            form.focusFirstError()
            return nil
        }
        return b
    }

    /// The store call that checks the form as it stands: one booking, or
    /// every occurrence of its series; nil while something does not parse.
    static func assessment(_ form: FormState, today: CivilDate, organisations: [OrganisationChoice]) -> Command? {
        guard case .booking(let venueID) = form.purpose,
              let draft = draft(form, venueID: venueID, today: today, organisations: organisations) else { return nil }
        switch SeriesInput.reading(form, firstDate: draft.start.date, today: today) {
        case .single: return .venues(.assess(draft))
        case .series(let series, let skip): return .venues(.assessSeries(draft, series, skip))
        case .invalid: return nil
        }
    }

    /// The lines under the fields: price, the status it will get, and every conflict.
    static func notes(_ check: BookingCheck) -> [FormNote] {
        var notes = [FormNote(check.price == .zero ? .venues(.priceFree) : .venues(.price(check.price)))]
        if check.conflicts.isEmpty {
            notes.append(FormNote(check.status == .requested ? .venues(.willBeRequested) : .venues(.noConflicts)))
        }
        // The attendees field itself asks for a number; no need to say it twice.
        notes += check.conflicts.filter { $0 != .noAttendees }.map { FormNote(.venues(.conflict($0)), isError: true) }
        return notes
    }
}
