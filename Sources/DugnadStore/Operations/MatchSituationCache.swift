import DugnadCore
import Foundation
import GRDB

/// Matching's view of every volunteer who may take part (profile without contact details, attests,
/// commitments, earlier good matches), read once and kept until the database changes or the day
/// does, so ranking one request among 30,000 volunteers is a scan in memory instead of four queries.
///
/// Staleness is told by `DataVersionReader` (read before the data), so a cached view is never used
/// after a change made anywhere.
final class MatchSituationCache: @unchecked Sendable {
    // @unchecked: every field is guarded by `lock`.
    private let lock = NSLock()
    private let versions: DataVersionReader
    private var key: Key?
    private var cached: Snapshot?

    private struct Key: Equatable {
        let version: Int
        let today: CivilDate
    }

    /// The volunteers and, per skill, the indexes of those who have it.
    struct Snapshot {
        let situations: [VolunteerSituation]
        let bySkill: [String: [Int]]
    }

    init(versions: DataVersionReader) { self.versions = versions }

    /// The current snapshot for `today`, read through `read` when the cached one is stale;
    /// nil when the version cannot be told (then callers read directly, as without a cache).
    func snapshot(path: String, today: CivilDate, read: () throws -> [VolunteerSituation]) throws -> Snapshot? {
        lock.lock()
        defer { lock.unlock() }
        guard let version = versions.current(path: path) else { return nil }
        let now = Key(version: version, today: today)
        if let cached, key == now { return cached }
        let situations = try read()
        var bySkill: [String: [Int]] = [:]
        for (i, s) in situations.enumerated() {
            for skill in s.volunteer.skills { bySkill[skill, default: []].append(i) }
        }
        let fresh = Snapshot(situations: situations, bySkill: bySkill)
        cached = fresh
        key = now
        return fresh
    }
}
