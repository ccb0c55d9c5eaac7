import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Two staff members on one database file, each in their own terminal: a
/// booking saved in one appears in the other's grid and in a third's week
/// view of the same venue within about a second, without a key pressed there
/// (the change watcher's `PRAGMA data_version` poll and the pane interface's
/// `databaseChanged`).
@Suite(.serialized) struct TwoTerminalsEndToEndTests {
    static let args = ["--today", "2026-11-26", "--lang", "nb"]

    @Test func aBookingInOneTerminalAppearsInTheOthersGridAndWeekWithoutAKey() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let writer = TmuxSession(arguments: ["--db", db] + Self.args)
        let grid = TmuxSession(arguments: ["--db", db] + Self.args)
        let week = TmuxSession(arguments: ["--db", db] + Self.args)
        for app in [writer, grid, week] { app.showVenuesForTwentyOn3June() }
        week.send("w")
        #expect(week.waitFor("uke"), "\(week.screen)")
        // Every cursor is on the first venue at 18:00: the detail panel shows the booking under it.
        #expect(!grid.screen.contains("Andre Terminal") && !week.screen.contains("Andre Terminal"))

        writer.send("Enter")
        #expect(writer.waitFor("Book "), "\(writer.screen)")
        writer.send("Tab")
        writer.type("Andre Terminal")
        writer.send("Tab", "Tab")
        writer.type("Styremøte")
        writer.send("Tab")
        writer.type("20")
        writer.send("C-s")
        #expect(writer.waitFor("Booket "), "\(writer.screen)")
        let saved = Date()

        // No key is sent to the other two terminals from here on.
        #expect(grid.waitFor("Andre Terminal", timeout: 3), "the grid did not show the booking:\n\(grid.screen)")
        let gridSeconds = Date().timeIntervalSince(saved)
        #expect(week.waitFor("Andre Terminal", timeout: 3), "the week view did not show the booking:\n\(week.screen)")
        #expect(gridSeconds < 1.5, "the grid took \(gridSeconds) s")
        let stored = Harness.sqlite(db, "SELECT count(*) FROM booking WHERE booker_name = 'Andre Terminal'")
        #expect(stored == "1")
    }
}
