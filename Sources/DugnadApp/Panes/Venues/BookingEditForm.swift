import DugnadCore
import TerminalKit

/// Changing an existing booking (`e`) and repeating a single booking weekly
/// (`r`), both from the grid. The edit form is the booking form filled from
/// the booking; for a booking in a series it asks whether the change is for
/// this date only or for this and the later dates. The repeat form is the
/// booking form's repeat section, with the booking it repeats as its first line.
enum BookingEditForm {
    static func makeEdit(_ booking: Booking, venueName: String, organisations: [OrganisationChoice],
                         language: Language) -> FormState {
        var fields = BookingForm.bookingFields(booking, organisations: organisations, language: language)
        if booking.seriesID != nil {
            fields.append(Field(key: BookingField.scope, label: .venues(.series(.scope)),
                                kind: .choice(BookingEditScope.allCases.map {
                                    Choice(value: $0.rawValue, label: Phrase.venues(.series(.scopeChoice($0))).text(language))
                                }),
                                value: BookingEditScope.thisDate.rawValue))
        }
        return FormState(purpose: .venues(.editBooking(booking)),
                         title: .venues(.series(.editTitle(venue: venueName, date: booking.start.date))), fields: fields)
    }

    static func makeRepeat(_ booking: Booking, venueName: String, language: Language) -> FormState {
        var fields = SeriesInput.fields(weekday: booking.start.date.weekday, language: language)
        for i in fields.indices where fields[i].is(SeriesField.weekdays) || fields[i].is(SeriesField.until) {
            fields[i].required = true
            if fields[i].is(SeriesField.weekdays) {
                fields[i].input = TextFieldState(SeriesInput.name(ofWeekday: booking.start.date.weekday, language))
            }
        }
        var form = FormState(purpose: .venues(.repeatBooking(booking)),
                             title: .venues(.series(.repeatTitle(venue: venueName, date: booking.start.date))),
                             fields: fields)
        form.focus = fields.firstIndex { $0.is(SeriesField.until) } ?? 0
        form.notes = [FormNote(.venues(.series(.repeating(booking))))]
        return form
    }

    /// The first line of the repeat form (what it repeats); kept whatever the check says.
    static func fixedNotes(_ form: FormState) -> [FormNote] {
        guard case .venues(.repeatBooking(let b)) = form.purpose else { return [] }
        return [FormNote(.venues(.series(.repeating(b))))]
    }

    static func scope(_ form: FormState) -> BookingEditScope {
        BookingEditScope(rawValue: form.value(BookingField.scope)) ?? .thisDate
    }

    /// The check of the form as it stands (see `BookingForm.assessment`).
    static func assessment(_ form: FormState, today: CivilDate, organisations: [OrganisationChoice]) -> Command? {
        switch form.venuesPurpose {
        case .editBooking(let original):
            guard var draft = BookingForm.draft(form, venueID: original.venueID, today: today,
                                                organisations: organisations) else { return nil }
            draft.id = original.id; draft.seriesID = original.seriesID; draft.status = original.status
            let scope = scope(form)
            return scope == .thisDate ? .venues(.assess(draft)) : .venues(.assessEdit(draft, scope))
        case .repeatBooking(let original):
            guard case .series(let series, let skip) = SeriesInput.reading(form, firstDate: original.start.date,
                                                                           today: today) else { return nil }
            return .venues(.assessSeries(original, series, skip))
        default:
            return nil
        }
    }

    /// The command Ctrl-S sends, or the form marked where it is wrong.
    static func save(_ form: inout FormState, today: CivilDate, organisations: [OrganisationChoice]) -> VenuesCommand? {
        switch form.venuesPurpose {
        case .editBooking:
            guard let b = BookingForm.booking(from: &form, today: today, organisations: organisations) else { return nil }
            return .editBookings(b, scope(form))
        case .repeatBooking(let original):
            switch SeriesInput.reading(form, firstDate: original.start.date, today: today) {
            case .series(let series, let skip): return .repeatBooking(original.id, series, skip)
            case .single:
                form.setError(SeriesField.weekdays, .venues(.series(.badWeekdays)))
            case .invalid(let field, let problem):
                form.setError(field, problem)
            }
            form.focusFirstError()
            return nil
        default:
            return nil
        }
    }

    /// The lines under an edit of several bookings: how many it changes,
    /// then every date that stops it and why.
    static func notes(_ occurrences: [SeriesOccurrence]) -> [FormNote] {
        guard let first = occurrences.first, let last = occurrences.last else { return [] }
        var notes = [FormNote(.venues(.series(.editSummary(count: occurrences.count, first: first.date, last: last.date))),
                              isError: occurrences.contains { !$0.conflicts.isEmpty })]
        for o in occurrences where !o.conflicts.isEmpty {
            notes.append(FormNote(.venues(.series(.occurrenceRefused(o.date, reason: o.conflicts.first))), isError: true))
        }
        return notes
    }
}
