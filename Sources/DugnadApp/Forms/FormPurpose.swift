import DugnadCore

/// Which record a form edits, nested by the pane that saves it (as `Msg`
/// is): the shell hands Ctrl-S to that pane, whichever tab is shown.
public enum FormPurpose: Sendable, Equatable {
    case directory(DirectoryFormPurpose)
    case venues(VenuesFormPurpose)
    case calendar(CalendarFormPurpose)
    case volunteers(VolunteersFormPurpose)
    case grantsInbox(GrantsInboxFormPurpose)

    /// The tab of the pane that saves the form.
    public var owner: Tab {
        switch self {
        case .directory: return .directory
        case .venues: return .venues
        case .calendar: return .calendar
        case .volunteers: return .volunteers
        case .grantsInbox: return .grants
        }
    }
}

/// The Directory's forms.
public enum DirectoryFormPurpose: Sendable, Equatable {
    case organisation(id: RowID)   // 0 = new
}

/// The Venues pane's forms (booking, filters, venue administration, closures).
public enum VenuesFormPurpose: Sendable, Equatable {
    case booking(venueID: RowID)
    /// An existing booking (as it was when opened): one date or its series from that date.
    case editBooking(Booking)
    /// An existing single booking to repeat weekly from its own date.
    case repeatBooking(Booking)
    case venueFilter
    case freeSlot
    /// A venue: nil = new, else the venue as it was when the form opened (from the grid or the Directory).
    case venue(original: Venue?)
    case closure(id: RowID)    // 0 = new

    /// The venue of a booking form (new, edit or repeat); nil for other forms.
    var bookingVenueID: RowID? {
        switch self {
        case .booking(let venueID): return venueID
        case .editBooking(let b), .repeatBooking(let b): return b.venueID
        default: return nil
        }
    }
}

extension FormPurpose {
    /// The venue of a booking form (new, edit or repeat); nil for other forms.
    var bookingVenueID: RowID? {
        if case .venues(let purpose) = self { return purpose.bookingVenueID }
        return nil
    }
}

extension FormState {
    /// The Venues pane's purpose of this form, if it is one of its forms.
    var venuesPurpose: VenuesFormPurpose? {
        if case .venues(let purpose) = purpose { return purpose }
        return nil
    }
}
