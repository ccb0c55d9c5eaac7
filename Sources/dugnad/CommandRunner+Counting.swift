import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// Lists whose count can cost more than a keystroke's budget (the grant inbox: a filter typed key by key over
/// 25,000 applications at scale 10) are answered in two parts: the window on the loop — the frame after the
/// key shows the rows — and the exact count from a queue of its own, as `Msg.pageCounted`. Until it arrives
/// the list shows a lower bound ("1 av 60+"). A window shorter than asked for from the top is its own count,
/// and a count already made for the same filter (until the database changes) is reused, so most keys never
/// count at all. A count starts when the keys have paused for `pause`: while someone types, a full count for
/// every key would run beside the next key's read, and on this two-core machine that doubled those reads.
final class OffLoopCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "dugnad.counts", qos: .utility)
    /// How long the requests must pause before the latest is counted (a typist's keys come 60–250 ms apart).
    static let pause: DispatchTimeInterval = .milliseconds(40)
    /// Bumped whenever the database changes: a count begun before a change is neither kept nor sent.
    private var generation = 0
    /// The list counted most recently asked for: older requests still queued are skipped, so typing five
    /// keys quickly counts once, not five times.
    private var latest: ListSource?

    /// The counts' own connection (see `SideReader`), made on first use.
    private var side: SideReader?

    func databaseChanged() { lock.withLock { generation += 1 } }

    func reader(_ database: AppDatabase) -> SideReader {
        lock.withLock {
            if let side { return side }
            let made = SideReader(database)
            side = made
            return made
        }
    }

    /// Counts `key` off the loop with `count`; `done` gets the result if it is still wanted.
    func count(_ key: ListSource, _ count: @escaping @Sendable () throws -> Int,
               done: @escaping @Sendable (Result<Int, Error>, _ current: Bool) -> Void) {
        let started = lock.withLock { latest = key; return generation }
        queue.asyncAfter(deadline: .now() + Self.pause) { [self] in
            guard lock.withLock({ latest == key && generation == started }) else { return }
            let result = Result { try count() }
            done(result, lock.withLock { generation == started })
        }
    }
}

extension CommandRunner {
    /// The grant inbox's window now, its count off the loop (see `OffLoopCounter`).
    func loadGrantInbox(_ request: ListRequest, expression: String, sort: GrantSort,
                        send: @escaping @Sendable (Msg) -> Void) {
        let filter = (try? GrantFilterParser.parse(expression).get()) ?? GrantFilter()
        let day = today
        let key = request.source.countKey
        do {
            let rows = try database.grantInbox(filter, sort: sort, today: day, offset: request.offset, limit: request.limit)
            if let known = knownCount(key) {
                return send(.pageLoaded(request, total: known, rows: .grantInbox(rows)))
            }
            if request.offset == 0 && rows.count < request.limit {
                remember(rows.count, for: key)
                return send(.pageLoaded(request, total: rows.count, rows: .grantInbox(rows)))
            }
            var answer = request
            answer.totalIsLowerBound = true
            send(.pageLoaded(answer, total: request.offset + rows.count, rows: .grantInbox(rows)))
            let (database, side) = (self.database, counter.reader(database))
            counter.count(key, { try database.grantInboxCount(filter, today: day, on: side) }) { [self] result, current in
                switch result {
                case .success(let total):
                    guard current else { return }
                    remember(total, for: key)
                    send(.pageCounted(request, total: total))
                case .failure(let error):
                    send(.pageFailed(request, appError(error)))
                }
            }
        } catch {
            send(.pageFailed(request, appError(error)))
        }
    }
}
