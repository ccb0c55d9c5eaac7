import DugnadCore
import TerminalKit

/// The booking form: prefilled from the grid's selection, built with the
/// form framework. Its price and conflicts come from the store (`assess`)
/// after every change and show under the fields before saving.
enum BookingForm {
    static func make(venue: Venue, venueName: String, start: CivilDateTime, end: CivilDateTime,
                     organisations: [OrganisationChoice], language: Language) -> FormState {
        let draft = Booking(venueID: venue.id, start: start, end: end, bookerName: "", purpose: "", attendees: 0)
        let fields = bookingFields(draft, organisations: organisations, language: language)
            + SeriesInput.fields(weekday: start.date.weekday, language: language)
        return FormState(purpose: .venues(.booking(venueID: venue.id)), title: .venues(.bookingFormTitle(venueName)), fields: fields)
    }

    /// Date, times, booker, purpose, attendees and public, filled from `b`
    /// (empty text for a new booking's name, purpose and attendees).
    static func bookingFields(_ b: Booking, organisations: [OrganisationChoice], language: Language) -> [Field] {
        let endText = b.end.date == b.start.date ? b.end.time.text : "24:00"
        return [
            Field(key: BookingField.date, label: .venues(.field(.date)), kind: .date, required: true, text: b.start.date.norwegian),
            Field(key: BookingField.from, label: .venues(.field(.from)), kind: .time, required: true, text: b.start.time.text),
            Field(key: BookingField.to, label: .venues(.field(.to)), kind: .time, required: true, text: endText),
            Field(key: BookingField.organisation, label: .venues(.field(.organisation)), kind: .picker(choices(organisations, language)),
                  value: b.organisationID.map(String.init) ?? ""),
            Field(key: BookingField.name, label: .venues(.field(.bookerName)), kind: .text(maxLength: 80), text: b.bookerName),
            Field(key: BookingField.phone, label: .venues(.field(.phone)), kind: .text(maxLength: 30), text: b.bookerPhone),
            // Not required by kind: an organisation's booking says whose it is; a private one must say what for.
            Field(key: BookingField.purpose, label: .venues(.field(.purpose)), kind: .text(maxLength: 120), text: b.purpose),
            Field(key: BookingField.attendees, label: .venues(.field(.attendees)), kind: .number(range: 1...10_000), required: true,
                  text: b.attendees > 0 ? String(b.attendees) : ""),
            Field(key: BookingField.isPublic, label: .venues(.field(.isPublic)), kind: .toggle, value: b.isPublic ? "1" : "0"),
        ]
    }

    /// The organisation picked (or changed): the booker and phone become its
    /// contact and phone, unless typed by hand (then they stay).
    static func fillFromOrganisation(before: FormState, _ form: inout FormState, organisations: [OrganisationChoice]) {
        let old = before.value(BookingField.organisation), new = form.value(BookingField.organisation)
        guard old != new, let org = RowID(new).flatMap({ id in organisations.first { $0.id == id } }) else { return }
        let previous = RowID(old).flatMap { id in organisations.first { $0.id == id } }
        let name = form.value(BookingField.name), phone = form.value(BookingField.phone)
        if name.isEmpty || name == previous?.contactName || name == previous?.name {
            form.setValue(BookingField.name, org.contactName)
        }
        if phone.isEmpty || phone == previous?.phone { form.setValue(BookingField.phone, org.phone) }
    }

    static func choices(_ organisations: [OrganisationChoice], _ language: Language) -> [Choice] {
        [Choice(value: "", label: Phrase.privatePerson.text(language))]
            + organisations.map { Choice(value: String($0.id), label: $0.name) }
    }

    /// The booking the form describes now, or nil while date or times do not parse.
    static func draft(_ form: FormState, venueID: RowID, today: CivilDate, organisations: [OrganisationChoice]) -> Booking? {
        guard let date = DateInput.parseDate(form.value(BookingField.date), today: today),
              let from = DateInput.parseTime(form.value(BookingField.from)),
              let to = DateInput.parseTime(form.value(BookingField.to)) else { return nil }
        let start = CivilDateTime(date: date, time: from)
        let end = to == .endOfDay ? CivilDateTime(date: date.adding(days: 1), time: .midnight) : CivilDateTime(date: date, time: to)
        let orgID = RowID(form.value(BookingField.organisation))
        let orgName = orgID.flatMap { id in organisations.first { $0.id == id }?.name }
        let typed = form.value(BookingField.name)
        return Booking(venueID: venueID, start: start, end: end, organisationID: orgID,
                       bookerName: typed.isEmpty ? (orgName ?? "") : typed, bookerPhone: form.value(BookingField.phone),
                       purpose: form.value(BookingField.purpose), attendees: Int(form.value(BookingField.attendees)) ?? 0,
                       isPublic: form.value(BookingField.isPublic) == "1")
    }

    /// The booking to save, or the form marked where it is wrong. An edit
    /// keeps the booking's id, series and status.
    static func booking(from form: inout FormState, today: CivilDate, organisations: [OrganisationChoice]) -> Booking? {
        guard let venueID = form.purpose.bookingVenueID,
              var b = draft(form, venueID: venueID, today: today, organisations: organisations) else { return nil }
        if b.bookerName.isEmpty {
            form.setError(BookingField.name, .venues(.bookerRequired))
            form.focusFirstError()
            return nil
        }
        if b.organisationID == nil && b.purpose.isEmpty {
            form.setError(BookingField.purpose, .fieldRequired)
            form.focusFirstError()
            return nil
        }
        if case .venues(.editBooking(let original)) = form.purpose {
            b.id = original.id; b.seriesID = original.seriesID; b.status = original.status
        }
        return b
    }

    /// The store call that checks the form as it stands: one booking, or
    /// every occurrence of its series; nil while something does not parse.
    static func assessment(_ form: FormState, today: CivilDate, organisations: [OrganisationChoice]) -> Command? {
        switch form.venuesPurpose {
        case .booking(let venueID):
            guard let draft = draft(form, venueID: venueID, today: today, organisations: organisations) else { return nil }
            switch SeriesInput.reading(form, firstDate: draft.start.date, today: today) {
            case .single: return .venues(.assess(draft))
            case .series(let series, let skip): return .venues(.assessSeries(draft, series, skip))
            case .invalid: return nil
            }
        case .editBooking, .repeatBooking:
            return BookingEditForm.assessment(form, today: today, organisations: organisations)
        default:
            return nil
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
