import DugnadCore

// The generated rows that carry more than the core entity has: the columns
// the store keeps for bookkeeping (who created a booking, which booking an
// activity occupies). Each maps one-to-one onto a table.

struct DemoBookingRow: Sendable {
    var booking: Booking
    var createdBy: String
    var createdAt: String
}

struct DemoActivityRow: Sendable {
    var activity: Activity
    var organisationID: RowID?
    var bookingID: RowID?
    var priceOre: Int64
}

struct DemoAgreementRow: Sendable {
    var id: RowID
    var organisationID: RowID
    var title: String
    var startsOn: CivilDate
    var endsOn: CivilDate?
    var involvesMoney: Bool
}

struct DemoVolunteerRow: Sendable {
    var volunteer: Volunteer
    var dataConsent: Bool
    var politiattester: [PolitiattestSeen] = []
}

struct DemoRequestRow: Sendable {
    var request: VolunteerRequest
    var createdOn: CivilDate
}

struct DemoAssignmentRow: Sendable {
    enum Status: String, Sendable { case proposed, confirmed, declined, ended }
    var id: RowID
    var requestID: RowID
    var volunteerID: RowID
    var status: Status
    var minutesLogged: Int
    var declineReason = ""
}
