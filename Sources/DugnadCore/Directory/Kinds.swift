/// The enumerations the store keeps as text with CHECK constraints. Raw
/// values are the stored form and never change; labels live in the app's
/// phrase table.

public enum SiteKind: String, Sendable, CaseIterable, Codable {
    case knutepunkt, frivilligsentral, bibliotek, skole, idrettshall, kulturhus, uteomrade
}

public enum VenueKind: String, Sendable, CaseIterable, Codable {
    case skolelokale, forsamlingslokale, moterom, bibliotek, frivilligsentral, idrettshall, gymsal, uteomrade
}

public enum OrganisationCategory: String, Sendable, CaseIterable, Codable {
    case idrett, kultur, friluftsliv, helseSosial = "helse_sosial", barnUnge = "barn_unge",
         humanitær = "humanitar", livssyn, nærmiljø = "naermiljo", innvandrer, paraply, annet
}

public enum StaffRole: String, Sendable, CaseIterable, Codable, Comparable {
    case frontdesk, coordinator, grants, admin

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: StaffRole, b: StaffRole) -> Bool { a.rank < b.rank }
}

public enum PricePolicy: String, Sendable, CaseIterable, Codable {
    /// Free for organisations in Frivillighetsregisteret, hourly rate for others.
    case freeForVoluntary = "free_for_voluntary"
    /// Everyone pays the hourly rate.
    case hourly
    /// Everyone pays the (lower) subsidised rate.
    case subsidised
    /// Free for everyone.
    case free
}

public enum AccessMethod: String, Sendable, CaseIterable, Codable {
    case staffed, keyPickup = "key_pickup", codeLock = "code_lock"
}

public enum BookingStatus: String, Sendable, CaseIterable, Codable {
    case confirmed, requested, rejected, cancelled
}

public enum Audience: String, Sendable, CaseIterable, Codable {
    case barn, ungdom, voksne, seniorer, alle
}

public enum ActivityCategory: String, Sendable, CaseIterable, Codable {
    case idrett, kultur, friluftsliv, sosialt, laering, helse, annet
}

public enum ApplicationStatus: String, Sendable, CaseIterable, Codable {
    case received, inReview = "in_review", infoRequested = "info_requested", waiting, recommended, granted,
         partlyGranted = "partly_granted", rejected, appealed, paid, reportDue = "report_due",
         reportReceived = "report_received", closed, withdrawn
}

public enum VolunteerStatus: String, Sendable, CaseIterable, Codable {
    case active, paused, left
}

/// new → triaged → matching → filled → completed, or cancelled (see `RequestWorkflow`).
public enum RequestStatus: String, Sendable, CaseIterable, Codable {
    case new, triaged, matching, filled, completed, cancelled
}

public enum Priority: String, Sendable, CaseIterable, Codable {
    case low, normal, high, urgent
}
