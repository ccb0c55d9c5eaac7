import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The front desk through the real update loop: whose a booking is, the
/// questions that name exactly what happens, undo, Ctrl-F to a booking, the
/// organisation's card, quick booking and fields that replace their text.
@Suite struct FrontDeskTests {
    static let konnerud = OrganisationChoice(id: 4, name: "Konnerud IL", registered: true, contactName: "Ole Hansen",
                                             phone: "32 00 00 00")
    static func grid(_ size: Size = Size(width: 120, height: 40), _ language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .venues)
        m.venues.organisations = [konnerud]
        return m
    }
    static var listing: BookingListing {
        var b = Fixtures.venueDays[0].bookings[0]
        b.seriesID = 3
        return BookingListing(booking: b, venueName: "Storsalen", siteName: "Knutepunkt Fjell",
                              party: BookingParty(id: 4, name: "Konnerud IL", contactName: "Ole Hansen", phone: "32 00 00 00"))
    }

    @Test func theGridAndDetailSayWhoseABookingIsAndHowToReachThem() {
        let screen = view(Self.grid(), theme: .builtinDefault).text
        #expect(screen.contains("[Konner]"), "the organisation, not the booker, in the cell")
        #expect(screen.contains("?~Nguy"), "a private booker is marked ~ (requested: ?)")
        for needle in ["Organisasjon", "Konnerud IL", "Kontakt", "Ole Hansen", "32 00 00 00", "Dørkode", "482913"] {
            #expect(screen.contains(needle), "\(needle)")
        }
    }

    @Test func theCancelQuestionNamesExactlyWhatHappensAndNoLetterAnswersIt() {
        var m = Self.grid()
        m.venues.grid.rows[0].bookings[0].seriesID = 3
        _ = update(&m, .keyPressed(.char("x")))
        let text = view(m, theme: .builtinDefault).text
        let question = "Avlyse bookingen tor. 26.11. kl. 17.00–19.00 i Storsalen, Knutepunkt Fjell (Konnerud IL)?"
            + " Bare denne datoen – resten av serien beholdes."
        #expect(m.overlay == .confirm(.venues(.cancelBooking(Self.listing)), yes: false))
        #expect(FrontDeskPhrase.confirmCancelOne(Self.listing).text(.nb) == question)
        #expect(text.contains("Avlyse bookingen tor. 26.11.") && text.contains("[ Nei ]") && text.contains("[ Ja, gjør det ]"))
        // A club's name typed into the open question changes nothing and goes nowhere.
        #expect(Fixtures.type("Fjell", &m).isEmpty)
        #expect(m.overlay != nil && m.venues.column == 36 && m.venues.grid.window.cursor.selected == 0)
        // Enter on the highlighted "no" closes it; → then Enter cancels.
        #expect(Fixtures.press([.enter], &m).isEmpty && m.overlay == nil)
        #expect(Fixtures.press([.char("x"), .right, .enter], &m) == [.venues(.cancelBooking(1))])
        #expect(FrontDeskPhrase.confirmCancelOne(Self.listing).text(.en)
                == "Cancel the booking Thu 26 Nov 17:00–19:00 in Storsalen, Knutepunkt Fjell (Konnerud IL)? Only this date – the rest of the series stays.")
    }

    @Test func aCancellationIsUndoneWithU() {
        var m = Self.grid()
        Fixtures.press([.char("x"), .right, .enter], &m)
        _ = update(&m, .venues(.cancelled(.success(1), rest: false)))
        #expect(m.venues.undoable?.id == 1)
        #expect(m.message?.phrase == .frontDesk(.cancelledOne(m.venues.undoable!)))
        #expect(Fixtures.press([.char("u")], &m) == [.venues(.restoreBooking(1))])
        _ = update(&m, .venues(.restored(.failure(.notFound))))
        #expect(m.message == StatusMessage(.frontDesk(.restoreRefused), isError: true) && m.venues.undoable != nil)
        _ = update(&m, .venues(.restored(.success(Fixtures.bookings[0]))))
        #expect(m.venues.undoable == nil)
        #expect(view(m, theme: .builtinDefault).text.contains("gjelder igjen"))
        _ = update(&m, .keyPressed(.char("u")))
        #expect(m.message == StatusMessage(.frontDesk(.nothingToRestore), isError: true))
    }

    @Test func pickingTheOrganisationFillsBookerAndPhone() {
        var m = Self.grid()
        Fixtures.press([.right, .right, .enter], &m)    // 19:00, free
        #expect(m.form?.purpose == .venues(.booking(venueID: 1)))
        _ = Fixtures.type("Konn", &m)
        Fixtures.press([.enter], &m)
        #expect(m.form?.value(BookingField.organisation) == "4")
        #expect(m.form?.value(BookingField.name) == "Ole Hansen" && m.form?.value(BookingField.phone) == "32 00 00 00")
        // A club's booking needs no purpose; Ctrl-S books it (the people are still wanted).
        Fixtures.press([.tab, .tab, .tab, .tab], &m)
        _ = Fixtures.type("14", &m)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .venues(.book(let b))? = commands.first else { Issue.record("not booked: \(commands)"); return }
        #expect(b.organisationID == 4 && b.bookerName == "Ole Hansen" && b.bookerPhone == "32 00 00 00" && b.attendees == 14)
    }

    @Test func aCtrlFBookingHitShowsItsDayInTheGridWithTheCursorOnIt() {
        var m = Fixtures.model(tab: .directory)
        var l = Self.listing
        l.booking.start = Fixtures.at(21, 30, Fixtures.today.adding(days: 5))
        l.booking.end = Fixtures.at(23, 0, Fixtures.today.adding(days: 5))
        var search = GlobalSearchState()
        search.results = [SearchResult(kind: .booking, id: 1, title: l.who, subtitle: l.place, booking: l)]
        m.overlay = .globalSearch(search)
        #expect(view(m, theme: .builtinDefault).text.contains("tir. 1.12. kl. 21.30–23.00  Konnerud IL"))
        let commands = Fixtures.press([.enter], &m)
        #expect(m.tab == .venues && m.venues.day == Fixtures.today.adding(days: 5) && m.venues.query == "Storsalen")
        #expect(m.venues.column == 43)
        guard case .loadPage(let request)? = commands.first(where: { if case .loadPage = $0 { true } else { false } }) else {
            Issue.record("no read: \(commands)"); return
        }
        let rows = [VenueDay(venue: Fixtures.moterom, date: m.venues.day), VenueDay(venue: Fixtures.storsalen, date: m.venues.day)]
        _ = update(&m, .pageLoaded(request, total: 2, rows: .venueDays(rows)))
        #expect(m.venues.grid.selectedRow?.venue.id == 1, "the cursor lands on the booking's venue")
    }

    @Test func theOrganisationsCardListsItsBookingsAndOpensOrCancelsOne() {
        var m = Fixtures.model(tab: .directory)
        var second = Self.listing
        second.booking.id = 9
        second.booking.start = Fixtures.at(18, 0, Fixtures.today.adding(days: 7))
        second.booking.end = Fixtures.at(20, 0, Fixtures.today.adding(days: 7))
        _ = update(&m, .directory(.organisationDetailLoaded(.success(
            OrganisationDetail(organisationID: 4, history: [], bookings: [Self.listing, second], bookingTotal: 5)))))
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("Kommende bookinger (2 av 5)") && screen.contains("tor. 3.12. kl. 18.00–20.00"))
        Fixtures.press([.right, .down], &m)
        #expect(m.directory.focus == .detail && m.directory.bookingCursor == 1)
        _ = update(&m, .keyPressed(.char("x")))
        #expect(m.overlay == .confirm(.venues(.cancelBooking(second)), yes: false))
        #expect(Fixtures.press([.right, .enter], &m) == [.venues(.cancelBooking(9))])
        Fixtures.press([.enter], &m)
        #expect(m.tab == .venues && m.venues.day == Fixtures.today.adding(days: 7))
    }

    @Test func quickBookingRanksFreeRoomsAndFillsTheForm() {
        var m = Self.grid()
        #expect(Fixtures.press([.char("b")], &m).isEmpty && m.venues.quickInput != nil)
        _ = Fixtures.type("tor 18-20 10 Fjell", &m)
        #expect(view(m, theme: .builtinDefault).text.contains("Hurtigbooking"))
        let commands = Fixtures.press([.enter], &m)
        guard case .venues(.findFreeRooms(let q))? = commands.first, let quick = m.venues.freeSlots?.quick else {
            Issue.record("no search: \(commands)"); return
        }
        #expect(q.from == Fixtures.today && q.windowStart == 18 * 60 && q.filter.minimumCapacity == 10)
        let far = Venue(id: 7, name: "Langt unna", kind: .moterom, kommunedelID: 5, capacity: 12)
        func slot(_ v: Venue) -> FreeSlot { FreeSlot(venue: v, start: Fixtures.at(18), end: Fixtures.at(20)) }
        _ = update(&m, .venues(.freeSlotsFound(q, .success([slot(far), slot(Fixtures.storsalen), slot(Fixtures.moterom)]))))
        #expect(m.venues.freeSlots?.slots.map(\.venue.id) == [2, 1, 7], "near and the right size first")
        #expect(quick.attendees == 10)
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("3 ledige rom tor. 26.11. kl. 18.00–20.00 for 10 personer, best egnet først") && screen.contains("gratis for frivillige lag"))
        _ = Fixtures.press([.enter], &m)
        #expect(m.form?.purpose == .venues(.booking(venueID: 2)))
        #expect(m.form?.value(BookingField.attendees) == "10" && m.form?.value(BookingField.from) == "18:00")
        #expect(m.form?.value(BookingField.date) == Fixtures.today.norwegian)
        // Saved: the message names room, time and door code, and the grid shows that day.
        var saved = Booking(id: 30, venueID: 1, start: Fixtures.at(18, 0, Fixtures.today.adding(days: 2)),
                            end: Fixtures.at(20, 0, Fixtures.today.adding(days: 2)), organisationID: 4,
                            bookerName: "Ole Hansen", purpose: "", attendees: 10)
        saved.accessCode = "1234"
        _ = update(&m, .venues(.booked(.success(saved))))
        #expect(m.form == nil && m.venues.day == Fixtures.today.adding(days: 2) && m.venues.freeSlots == nil)
        #expect(m.message == StatusMessage(.frontDesk(.booked(venue: "Storsalen, Knutepunkt Fjell", saved))))
        #expect(FrontDeskPhrase.booked(venue: "Storsalen", saved).text(.nb) == "Booket Storsalen lør. 28.11. kl. 18.00–20.00. Dørkode 1234.")
    }

    @Test func quickBookingFromThePaletteOfAnyTabAndItsProblemsSaid() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char(":")], &m)
        _ = Fixtures.type("booke", &m)
        Fixtures.press([.enter], &m)
        #expect(m.tab == .venues && m.venues.quickInput != nil)
        _ = Fixtures.type("tor Fjell", &m)
        #expect(Fixtures.press([.enter], &m).isEmpty)
        #expect(m.message == StatusMessage(.frontDesk(.quickProblem(.missingTime)), isError: true) && m.venues.quickInput != nil)
        Fixtures.press([.escape], &m)
        #expect(m.venues.quickInput == nil)
    }

    @Test func typingIntoAPrefilledFieldReplacesItUntilTheCursorMoves() {
        var m = Self.grid()
        Fixtures.press([.right, .right, .enter], &m)    // the form, on the organisation
        Fixtures.press([.backTab], &m)                   // "to": 19:30, selected
        _ = Fixtures.type("21", &m)
        #expect(m.form?.value(BookingField.to) == "21")
        Fixtures.press([.backTab], &m)                   // "from": 19:00
        Fixtures.press([.left, .left, .left], &m)
        _ = Fixtures.type("1", &m)
        #expect(m.form?.value(BookingField.from) == "191:00", "after moving the cursor, typing inserts")
        Fixtures.press([.backTab], &m)                   // the date: a weekday as quick add takes it
        _ = Fixtures.type("lør", &m)
        Fixtures.press([.tab], &m)
        #expect(m.form?.value(BookingField.date) == Fixtures.today.adding(days: 2).norwegian)
    }
}
