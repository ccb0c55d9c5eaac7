import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct PublishBookingTests {
    @Test func pOnAPublicBookingOpensTheActivityFormLinkedToIt() {
        var m = VenuesUpdateTests.gridModel()
        // 18:00 in Storsalen is booked; first as a private booking.
        m.venues.grid.rows[0].bookings[0].isPublic = false
        #expect(update(&m, .keyPressed(.char("p"))).isEmpty)
        #expect(m.form == nil && m.message == StatusMessage(.calendar(.details(.bookingNotPublic)), isError: true))
        #expect(Phrase.calendar(.details(.bookingNotPublic)).text(.nb).hasPrefix("Bookingen er ikke åpen for allmennheten"))
        m.venues.grid.rows[0].bookings[0].isPublic = true
        m.venues.grid.rows[0].bookings[0].purpose = "Julekonsert"
        let b = m.venues.grid.rows[0].bookings[0]
        // The store is asked first whether the booking is already published.
        guard case .calendar(.loadBookingActivity(let prefill))? = update(&m, .keyPressed(.char("p"))).first else {
            Issue.record("no lookup")
            return
        }
        #expect(prefill.bookingID == b.id && m.form == nil)
        // Already published: its edit form, with a word why.
        var published = prefill
        published.id = 77
        published.description = "Ta med noter."
        _ = update(&m, .calendar(.bookingActivityLoaded(.success(published), prefill: prefill)))
        #expect(m.form?.purpose == .calendar(.activity(id: 77, seriesID: nil, occurrence: nil)))
        #expect(m.form?.value(ActivityFormField.description) == "Ta med noter.")
        #expect(m.message == StatusMessage(.calendar(.details(.alreadyPublished))))
        m.form = nil
        _ = update(&m, .calendar(.bookingActivityLoaded(.success(nil), prefill: prefill)))
        #expect(m.form?.purpose == .calendar(.fromBooking(bookingID: b.id)))
        #expect(m.form?.value(ActivityFormField.title) == "Julekonsert" && m.form?.value(ActivityFormField.organiser) == b.bookerName)
        #expect(m.form?.value(ActivityFormField.venue) == String(b.venueID) && m.form?.value(ActivityFormField.start) == b.start.time.text)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .calendar(.save(let a, nil, nil, _, _))? = commands.first else {
            Issue.record("no save: \(commands)")
            return
        }
        #expect(a.bookingID == b.id && a.id == 0 && a.start == b.start && a.end == b.end && a.venueID == b.venueID)
        // A free cell has nothing to publish.
        m.form = nil
        Fixtures.press([.right, .right, .right, .right], &m)
        _ = update(&m, .keyPressed(.char("p")))
        #expect(m.form == nil && m.message == StatusMessage(.nothingSelected, isError: true))
    }
}
