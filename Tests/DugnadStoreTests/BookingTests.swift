import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

extension AppDatabase {
    /// A venue open 08–22 every day, with the given policy and access.
    func insertOpenVenue(name: String = "Storsalen", capacity: Int = 40, policy: String = "hourly",
                         access: String = "staffed", approval: Bool = false) throws -> Int64 {
        try writeWithoutAudit { db in
            try db.execute(sql: """
                INSERT INTO venue (name, kind, site_id, kommunedel_id, capacity, price_policy, hourly_rate_ore,
                                   access_method, requires_approval)
                VALUES (?, 'forsamlingslokale', 1, 6, ?, ?, 25000, ?, ?)
                """, arguments: [name, capacity, policy, access, approval])
            let id = db.lastInsertedRowID
            for weekday in 1...7 {
                try db.execute(sql: "INSERT INTO venue_opening_hours VALUES (?, ?, 480, 1320)", arguments: [id, weekday])
            }
            return id
        }
    }
}

@Suite struct BookingTests {
    let dir = TempDir()

    static func booking(_ venue: Int64, _ day: String, _ from: Int, _ to: Int, attendees: Int = 20) -> Booking {
        let d = CivilDate(iso: day)!
        return Booking(venueID: venue, start: CivilDateTime(date: d, time: CivilTime(hour: from)!),
                       end: CivilDateTime(date: d, time: CivilTime(hour: to)!), bookerName: "Fjell Skolekorps",
                       bookerPhone: "900 00 000", purpose: "Øving", attendees: attendees)
    }

    @Test func bookingIsPricedAuditedAndConflictsAreRefusedWholly() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let saved = try db.book(Self.booking(venue, "2026-11-26", 18, 20))
        #expect(saved.id > 0 && saved.status == .confirmed && saved.price == Money(kroner: 500))
        #expect(try db.auditEntries(entity: "booking", id: saved.id).first?.action == "create")
        // Touching is fine; overlapping, outside hours and over capacity are refused and change nothing.
        try db.book(Self.booking(venue, "2026-11-26", 20, 22))
        let before = try db.bookingCount(on: CivilDate(iso: "2026-11-26")!)
        #expect(throws: StoreError.self) { try db.book(Self.booking(venue, "2026-11-26", 19, 21)) }
        #expect(expectStoreError(.bookingRefused([.outsideOpeningHours])) { try db.book(Self.booking(venue, "2026-11-26", 6, 8)) })
        #expect(expectStoreError(.bookingRefused([.overCapacity(capacity: 40)])) {
            try db.book(Self.booking(venue, "2026-11-26", 10, 12, attendees: 41))
        })
        #expect(try db.bookingCount(on: CivilDate(iso: "2026-11-26")!) == before)
        // A closure of the whole site blocks too.
        try db.writeWithoutAudit {
            try $0.execute(sql: "INSERT INTO closure (site_id, starts_on, ends_on, reason) VALUES (1, '2026-11-27', '2026-11-28', 'Valg')")
        }
        #expect(expectStoreError(.bookingRefused([.closed(reason: "Valg")])) { try db.book(Self.booking(venue, "2026-11-27", 10, 12)) })
        let day = try db.venueDays(on: CivilDate(iso: "2026-11-27")!, filter: VenueFilter(), offset: 0, limit: 10)
        #expect(day.first?.isClosed == true)
    }

    @Test func approvalVenuesGetRequestsCodeLocksGetUniqueCodes() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let approval = try db.insertOpenVenue(name: "Gymsal", approval: true)
        let requested = try db.book(Self.booking(approval, "2026-11-26", 18, 20))
        #expect(requested.status == .requested && requested.accessCode == nil)
        let lock = try db.insertOpenVenue(name: "Kodelås", access: "code_lock")
        var codes: [String] = []
        for hour in stride(from: 8, to: 22, by: 1) {
            let b = try db.book(Self.booking(lock, "2026-11-26", hour, hour + 1))
            let code = try #require(b.accessCode)
            #expect(AccessCode.isWellFormed(code))
            codes.append(code)
        }
        // Neighbours' validity windows overlap (±15 min), so every code differs from the next one.
        for (a, b) in zip(codes, codes.dropFirst()) { #expect(a != b) }
    }

    @Test func gridReadsOneWindowOfVenuesAndTheirDay() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let a = try db.insertOpenVenue(name: "A-salen", capacity: 10)
        let b = try db.insertOpenVenue(name: "B-salen", capacity: 80)
        try db.book(Self.booking(b, "2026-11-26", 18, 20, attendees: 50))
        try db.book(Self.booking(b, "2026-11-27", 18, 20, attendees: 50))
        let rows = try db.venueDays(on: CivilDate(iso: "2026-11-26")!, filter: VenueFilter(minimumCapacity: 20), offset: 0, limit: 5)
        #expect(rows.map(\.venue.id) == [b])
        #expect(rows[0].bookings.count == 1)
        #expect(try db.venueDayCount(filter: VenueFilter()) == 2)
        #expect(try db.venueDays(on: CivilDate(iso: "2026-11-26")!, filter: VenueFilter(text: "a-sal"), offset: 0, limit: 5)
            .map(\.venue.id) == [a])
        // Paging a day keeps the venues and reads only that day's bookings.
        let next = try db.venueDays(of: rows.map(\.venue), on: CivilDate(iso: "2026-11-27")!)
        #expect(next.map(\.venue) == rows.map(\.venue))
        #expect(next[0].date.iso == "2026-11-27" && next[0].bookings.map(\.start.date.iso) == ["2026-11-27"])
        #expect(try db.venueDays(of: rows.map(\.venue), on: CivilDate(iso: "2026-11-28")!)[0].bookings.isEmpty)
    }

    /// Four connections (each its own DatabasePool, as four terminals would
    /// have) race to book the same slots; every slot ends with exactly one booking.
    @Test func racingTerminalsLeaveExactlyOneBookingPerSlot() throws {
        let path = dir.path("race.sqlite")
        let first = try AppDatabase.open(path: path, user: "anna")
        let venue = try first.insertOpenVenue()
        let terminals = try (0..<4).map { _ in try AppDatabase.open(path: path, user: "anna") }
        let races = 40
        let wins = Tally(races)
        DispatchQueue.concurrentPerform(iterations: terminals.count) { t in
            for race in 0..<races {
                let day = CivilDate(iso: "2026-11-02")!.adding(days: race / 14)
                let hour = 8 + race % 14
                var b = Self.booking(venue, day.iso, hour, hour + 1)
                b.bookerName = "Terminal \(t)"
                do {
                    try terminals[t].book(b)
                    wins.add(race)
                } catch let error as StoreError {
                    switch error {
                    case .bookingRefused(let c) where c.allSatisfy({ if case .overlaps = $0 { true } else { false } }): break
                    case .bookingOverlap: break
                    default: Issue.record("unexpected \(error)")
                    }
                } catch { Issue.record("unexpected \(error)") }
            }
        }
        #expect(wins.counts == Array(repeating: 1, count: races))
        let stored = try first.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM booking WHERE venue_id = ?", arguments: [venue]) }
        #expect(stored == races)
    }
}

/// Wins per race, counted from several threads.
final class Tally: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var values: [Int]
    init(_ n: Int) { values = Array(repeating: 0, count: n) }
    func add(_ i: Int) { lock.withLock { values[i] += 1 } }
    var counts: [Int] { lock.withLock { values } }
}

@Suite struct ApprovalTests {
    let dir = TempDir()

    @Test func approveGivesACodeRejectNeedsAReasonBothAudited() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue(name: "Gymsal", access: "code_lock", approval: true)
        let first = try db.book(BookingTests.booking(venue, "2026-11-26", 18, 20))
        let second = try db.book(BookingTests.booking(venue, "2026-11-27", 18, 20))
        #expect(try db.requestedBookings(limit: 10).map(\.id) == [first.id, second.id])
        let approved = try db.approveBooking(id: first.id)
        #expect(approved.status == .confirmed && approved.accessCode.map(AccessCode.isWellFormed) == true)
        #expect(throws: StoreError.self) { try db.rejectBooking(id: second.id, reason: "  ") }
        try db.rejectBooking(id: second.id, reason: "Hallen er tatt til kamp")
        #expect(try db.requestedBookings(limit: 10).isEmpty)
        #expect(try db.auditEntries(entity: "booking", id: second.id).first?.details.contains("Hallen er tatt til kamp") == true)
        #expect(try db.accessCodes(venueID: venue, from: CivilDate(iso: "2026-11-01")!, through: CivilDate(iso: "2026-11-30")!)
            .map(\.id) == [first.id])
        // The rejected slot is free again.
        try db.book(BookingTests.booking(venue, "2026-11-27", 18, 20))
    }
}
