import DugnadCore

/// Failures the update loop shows to the user. The CommandRunner maps the
/// store's errors onto these, so the app stays free of GRDB.
public enum AppError: Error, Sendable, Equatable {
    case notStaff(user: String)
    case forbidden(role: StaffRole?)
    case invalidOrganisation([OrganisationProblem])
    case duplicateOrgNumber(String)
    case bookingOverlap
    case bookingRefused([BookingConflict])
    case invalidVenue([VenueIssue])
    case invalidClosure([ClosureProblem])
    case locked
    case notFound
    /// The booking already belongs to a series.
    case alreadyInSeries
    /// A volunteer, request, assignment or hours entry broke a rule (nothing was saved).
    case volunteer([VolunteerProblem])
    /// A grant rule refused it (workflow, intake, bulk action); nothing was saved.
    case grantRefused([GrantRefusal])
    case storage(String)
}

/// A hit of the global search (Ctrl-F).
public struct SearchResult: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case organisation, booking, person, staff, venue, activity, application
    }
    public var kind: Kind
    public var id: RowID
    public var title: String
    public var subtitle: String
    /// A booking hit's booking, venue, site and organisation (the line is drawn from it).
    public var booking: BookingListing?
    /// The second line as values (said in the user's language); `subtitle` when empty.
    public var details: [SearchDetail]
    /// Set on the last hit shown of a kind that has more hits than shown.
    public var more = false
    public init(kind: Kind, id: RowID, title: String, subtitle: String, booking: BookingListing? = nil,
                details: [SearchDetail] = []) {
        self.kind = kind; self.id = id; self.title = title; self.subtitle = subtitle; self.booking = booking
        self.details = details
    }
}

/// Names the views need to show references (kommunedel of an organisation,
/// scheme of an application). Small, loaded once and after external changes.
public struct Lookup: Sendable, Equatable {
    public var kommunedeler: [Kommunedel] = []
    public var sites: [Site] = []
    public var umbrellas: [Organisation] = []
    public var schemes: [GrantScheme] = []
    /// Venue names by id: bookings and activities refer to venues by id.
    public var venueNames: [RowID: String] = [:]
    /// The municipal services (requests for volunteers come from them) and the shared skill vocabulary.
    public var services: [Service] = []
    public var skills: [String] = []
    public init(kommunedeler: [Kommunedel] = [], sites: [Site] = [], umbrellas: [Organisation] = [],
                schemes: [GrantScheme] = [], venueNames: [RowID: String] = [:]) {
        self.kommunedeler = kommunedeler; self.sites = sites; self.umbrellas = umbrellas
        self.schemes = schemes; self.venueNames = venueNames
    }
    public func venue(_ id: RowID?) -> String { id.flatMap { venueNames[$0] } ?? "" }
    public func kommunedel(_ id: RowID?) -> String {
        guard let id else { return "" }
        return kommunedeler.first { $0.id == id }?.name ?? ""
    }
    public func site(_ id: RowID?) -> String {
        guard let id else { return "" }
        return sites.first { $0.id == id }?.name ?? ""
    }
    public func umbrella(_ id: RowID?) -> String {
        guard let id else { return "" }
        return umbrellas.first { $0.id == id }?.name ?? ""
    }
    public func scheme(_ id: RowID) -> String { schemes.first { $0.id == id }?.name ?? "" }
    public func service(_ id: RowID?) -> String {
        guard let id else { return "" }
        return services.first { $0.id == id }?.name ?? ""
    }
}

/// What the Directory's detail panel shows besides the row itself.
public struct OrganisationDetail: Sendable, Equatable {
    public var organisationID: RowID
    public var history: [AuditEntry]
    public var agreements: [CollaborationAgreement]
    /// Its coming bookings, soonest first (at most `OrganisationDetail.bookingLimit`), and how many there are.
    public var bookings: [BookingListing]
    public var bookingTotal: Int
    public static let bookingLimit = 12
    public init(organisationID: RowID, history: [AuditEntry], agreements: [CollaborationAgreement] = [],
                bookings: [BookingListing] = [], bookingTotal: Int? = nil) {
        self.organisationID = organisationID; self.history = history; self.agreements = agreements
        self.bookings = bookings; self.bookingTotal = bookingTotal ?? bookings.count
    }
}
