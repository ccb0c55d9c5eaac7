import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct ApprovalQueueTests {
    static let requests = [
        Booking(id: 11, venueID: 1, start: Fixtures.at(19), end: Fixtures.at(20), status: .requested,
                bookerName: "Gunn Jacobsen", purpose: "Kurs", attendees: 12),
        Booking(id: 12, venueID: 2, start: Fixtures.at(17), end: Fixtures.at(18), status: .requested,
                bookerName: "Kjell Knudsen", purpose: "Frivilligmøte", attendees: 8),
    ]

    @Test func capitalAOpensTheQueuePlusApprovesMinusRejectsWithAReason() {
        var m = VenuesUpdateTests.gridModel()
        #expect(update(&m, .keyPressed(.char("A"))) == [.venues(.loadRequests)])
        #expect(m.keyContext == .approvalQueue)
        _ = update(&m, .venues(.requestsLoaded(.success(Self.requests))))
        #expect(view(m, theme: .builtinDefault).text.contains("Gunn Jacobsen"))
        #expect(update(&m, .keyPressed(.char("+"))) == [.venues(.approve(11))])
        Fixtures.press([.char("j"), .char("-")], &m)
        #expect(m.venues.queue?.reason != nil)
        // No reason, no rejection.
        #expect(update(&m, .keyPressed(.enter)).isEmpty)
        #expect(m.message == StatusMessage(.venues(.approval(.reasonRequired)), isError: true))
        _ = Fixtures.type("Opptatt", &m)
        #expect(update(&m, .keyPressed(.enter)) == [.venues(.reject(12, reason: "Opptatt"))])
        var rejected = Self.requests[1]
        rejected.status = .rejected
        let after = update(&m, .venues(.decided(.success(rejected))))
        #expect(after.first == .venues(.loadRequests))
        #expect(m.message == StatusMessage(.venues(.approval(.rejected("Kjell Knudsen")))))
        _ = update(&m, .keyPressed(.escape))
        #expect(m.venues.queue == nil && m.keyContext == .venueGrid)
    }
}
