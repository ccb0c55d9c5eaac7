import DugnadCore
import Foundation

/// The overview's figures of a year (schemes, groups, kommunedeler; never the radar, which is asked for),
/// kept under the `data_version` they were read after: opening the overview again with nothing committed
/// anywhere in between reads nothing, and any commit — a decision here, an intake in another terminal —
/// makes the next opening read afresh.
final class GrantOverviewCache: @unchecked Sendable {
    // @unchecked: `entries` is guarded by `lock`.
    private let lock = NSLock()
    private var entries: [Int: (version: Int, overview: GrantOverview)] = [:]

    /// The year's overview: the kept one when `version` is the one it was kept under, else `read`'s.
    /// A nil version (it could not be told) always reads.
    func overview(year: Int, version: Int?, read: () throws -> GrantOverview) throws -> GrantOverview {
        guard let version else { return try read() }
        lock.lock()
        defer { lock.unlock() }
        if let kept = entries[year], kept.version == version { return kept.overview }
        let fresh = try read()
        if entries.count >= 8 { entries.removeAll() }   // years looked at; a handful at most
        entries[year] = (version, fresh)
        return fresh
    }
}
