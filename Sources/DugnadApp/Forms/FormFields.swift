// The fields of every form, one enum per form (see `FormFieldKey`).
// Raw values are the fields' stable names inside their forms.

enum OrganisationFormField: String, FormFieldKey {
    case name, orgNumber, frivillighetsregisteret, category, umbrella, kommunedel, contact, email, phone
}

/// The Calendar pane's forms: activity, quick add, go to date, end series, export, filter.
enum ActivityFormField: String, FormFieldKey {
    case title, organiser, category, audience, kommunedel, kommunedel2, venue, date, start, end, allDay, repeats
    case weekdays, until, count, free, description, scope, priceAmount, signUp, capacity, status, ageMin, ageMax
    case languages, contact, accessibility, line, path, price, text
}

/// The booking form and its edit form (the repeat section is `SeriesField`).
enum BookingField: String, FormFieldKey {
    case date, from, to, organisation, name, phone, purpose, attendees, isPublic = "public", scope
}

/// The weekly-repeat section of the booking forms.
enum SeriesField: String, FormFieldKey {
    case weekdays = "repeat", every, until, skip
}

enum ClosureField: String, FormFieldKey {
    case target, from, to, reason
}

enum FreeSlotField: String, FormFieldKey {
    case capacity, kind, kommunedel, from, through, weekday, windowFrom, windowTo, duration, stepFree
}

enum VenueFilterField: String, FormFieldKey {
    case site, kind, kommunedel, capacity, stepFree, toilet, loop
}

enum VenueFormField: String, FormFieldKey {
    case name, kind, site, kommunedel, capacity, closedOnHolidays, slotMinutes, pricePolicy, hourlyRate
    case subsidisedRate, requiresApproval, accessMethod, stepFree, accessibleToilet, hearingLoop, equipment
    case bookableOnline
    case hours1, hours2, hours3, hours4, hours5, hours6, hours7

    /// The opening hours of a weekday (1 = Monday).
    static func hours(_ weekday: Int) -> VenueFormField {
        [.hours1, .hours2, .hours3, .hours4, .hours5, .hours6, .hours7][weekday - 1]
    }
}
