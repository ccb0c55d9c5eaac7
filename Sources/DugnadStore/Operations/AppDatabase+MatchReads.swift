import DugnadCore
import GRDB

/// What matching reads, lean: only the columns scores and hard rules look at (no name, phone or e-mail — the
/// shown candidates are read in full afterwards), by column index. Ranking one request also lets SQL leave out
/// volunteers who break a hard rule it can see (age, minors, politiattest kind, already on the request); every
/// volunteer read is still checked by `MatchRules` (through `MatchTable`), so SQL only narrows, never decides.
extension AppDatabase {
    /// Active volunteers with consent matching `filter` (SQL over `volunteer v`), for scoring: their profile
    /// without contact details, attests (all kinds; only when `attests`), commitments and earlier good matches.
    static func scoringSituations(_ db: Database, filter extra: String, _ arguments: StatementArguments,
                                  today: CivilDate, attests: Bool) throws -> [VolunteerSituation] {
        let filter = "v.status = 'active' AND v.data_consent_on IS NOT NULL AND v.erased_at IS NULL" + extra
        var situations: [VolunteerSituation] = []
        var index: [RowID: Int] = [:]
        let volunteers = try Row.fetchCursor(db, sql: """
            SELECT v.id, v.birth_year, v.kommunedel_id, v.languages, v.skills, v.availability, v.max_hours_per_month,
                   v.status, v.parental_consent, v.data_consent_on
            FROM volunteer v WHERE \(filter) ORDER BY v.id
            """, arguments: arguments)
        // The same few hundred skill and language lists recur: one array each, shared (fewer allocations;
        // the resident size of a scale-10 bench run with the ranking cache did not measurably change: 65–68 MB).
        var tagLists: [String: [String]] = [:]
        func tags(_ stored: String) -> [String] {
            if let known = tagLists[stored] { return known }
            let parsed = StoredForms.tags(stored)
            tagLists[stored] = parsed
            return parsed
        }
        while let row = try volunteers.next() {
            let consentOn: String? = row[9]
            let v = Volunteer(id: row[0], name: "", birthYear: row[1] ?? 1900, kommunedelID: row[2],
                              languages: tags(row[3] as String), skills: tags(row[4] as String),
                              maxHoursPerMonth: row[6], status: try StoredForms.enumValue(VolunteerStatus.self, row[7]),
                              parentalConsent: row[8],
                              dataConsent: try consentOn.map { DataConsent(givenOn: try StoredForms.date($0), purpose: "") },
                              availability: WeeklyAvailability(bits: row[5]))
            index[v.id] = situations.count
            situations.append(VolunteerSituation(volunteer: v))
        }
        guard !situations.isEmpty else { return [] }

        let schedule = VolunteerRows.scheduleColumns.split(separator: ",").map { "r." + $0.trimmingWhitespace() }
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT a.volunteer_id, a.request_id, a.status, a.rating, a.hours_logged_min, r.status AS request_status,
                   r.service_id, r.skills, \(schedule.joined(separator: ", "))
            FROM assignment a JOIN volunteer_request r ON r.id = a.request_id JOIN volunteer v ON v.id = a.volunteer_id
            WHERE \(filter)
            """, arguments: arguments)
        while let row = try cursor.next() {
            guard let i = index[row[0]] else { continue }
            let requestID: RowID = row[1]
            situations[i].requestIDs.insert(requestID)
            let status: String = row[2]
            let requestStatus: String = row[5]
            if (status == "proposed" || status == "confirmed") && requestStatus != "completed" && requestStatus != "cancelled" {
                let schedule = try VolunteerRows.schedule(row)
                if schedule.runs(onOrAfter: today) {
                    situations[i].commitments.append(Commitment(requestID: requestID, schedule: schedule))
                }
            }
            let rating: String? = row[3]
            if rating == "good" || (status == "ended" && rating == nil && (row[4] as Int) > 0) {
                situations[i].goodMatches.append(GoodMatch(serviceID: row[6], skills: StoredForms.tags(row[7] as String)))
            }
        }
        guard attests else { return situations }
        let seen = try Row.fetchCursor(db, sql: """
            SELECT p.volunteer_id, p.kind, p.seen_on, p.seen_by FROM politiattest_seen p
            WHERE p.volunteer_id IN (SELECT v.id FROM volunteer v WHERE \(filter))
            """, arguments: arguments)
        while let row = try seen.next() {
            guard let i = index[row[0]] else { continue }
            situations[i].politiattester.append(PolitiattestSeen(
                kind: try StoredForms.enumValue(PolitiattestKind.self, row[1]),
                seenOn: try StoredForms.date(row[2] as String), seenBy: row[3]))
        }
        return situations
    }

    /// The SQL narrowing for one request: a shared skill, old enough (15, the request's minimum, 18 unless the
    /// task suits minors with parental consent), an attest of the kind seen, not on the request already.
    /// Each is a rule `MatchRules` refuses on anyway (the renewal period and clashes are left to it).
    static func rankingFilter(_ r: VolunteerRequest, today: CivilDate) -> (String, StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = []
        if !r.skills.isEmpty {
            sql += " AND v.id IN (SELECT volunteer_id FROM volunteer_skill WHERE skill IN (\(r.skills.map { _ in "?" }.joined(separator: ","))))"
            arguments += StatementArguments(r.skills)
        }
        sql += " AND coalesce(v.birth_year, 1900) <= ?"
        arguments += [today.year - max(MatchRules.youngestVolunteer, r.minimumAge)]
        sql += r.suitableForMinors ? " AND (coalesce(v.birth_year, 1900) <= ? OR v.parental_consent = 1)"
                                   : " AND coalesce(v.birth_year, 1900) <= ?"
        arguments += [today.year - 18]
        if let kind = r.politiattest {
            sql += " AND EXISTS (SELECT 1 FROM politiattest_seen p WHERE p.volunteer_id = v.id AND p.kind = ?)"
            arguments += [kind.rawValue]
        }
        sql += " AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.volunteer_id = v.id AND a.request_id = ?)"
        arguments += [r.id]
        return (sql, arguments)
    }

    /// `rankingFilter`'s narrowing done on the cached volunteers, in the same order (by id): a shared skill,
    /// old enough, an attest of the kind seen, not on the request already. Like the SQL it only narrows;
    /// `MatchTable` still applies every rule.
    static func narrowed(_ snapshot: MatchSituationCache.Snapshot, for r: VolunteerRequest, today: CivilDate) -> [VolunteerSituation] {
        let oldestBirthYear = today.year - max(MatchRules.youngestVolunteer, r.minimumAge)
        let adultBirthYear = today.year - 18
        func keeps(_ s: VolunteerSituation) -> Bool {
            let v = s.volunteer
            guard v.birthYear <= oldestBirthYear else { return false }
            guard v.birthYear <= adultBirthYear || (r.suitableForMinors && v.parentalConsent) else { return false }
            if let kind = r.politiattest, !s.politiattester.contains(where: { $0.kind == kind }) { return false }
            return !s.requestIDs.contains(r.id)
        }
        if r.skills.isEmpty { return snapshot.situations.filter(keeps) }
        var picked = Set<Int>()
        for skill in r.skills { picked.formUnion(snapshot.bySkill[skill] ?? []) }
        return picked.sorted().map { snapshot.situations[$0] }.filter(keeps)
    }

    /// The cached volunteers, read in a transaction of their own that begins after the cache has read
    /// `data_version`: inside the ranking's read the snapshot would already be fixed, and a commit between
    /// it and the version would keep older rows under the newer version until the next change.
    private func matchSnapshot(today: CivilDate) throws(StoreError) -> MatchSituationCache.Snapshot? {
        do {
            return try matchCache.snapshot(path: path, today: today) {
                try read { db in try Self.scoringSituations(db, filter: "", [], today: today, attests: true) }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// The eligible candidates for a request, best first (ties: lower id first), with the score broken down.
    /// Volunteers who break a hard rule are never in the list.
    /// `cached: false` reads straight from SQL (the tests compare both ways).
    public func candidates(requestID: RowID, today: CivilDate, limit: Int = 50, cached: Bool = true) throws(StoreError) -> [MatchCandidate] {
        var snapshot: MatchSituationCache.Snapshot?
        if cached, !isReadOnly { snapshot = try matchSnapshot(today: today) }
        return try read { db in
            guard let r = try Self.request(db, id: requestID) else { throw StoreError.notFound }
            let situations: [VolunteerSituation]
            if let snapshot {
                situations = Self.narrowed(snapshot, for: r, today: today)
            } else {
                let (filter, arguments) = Self.rankingFilter(r, today: today)
                situations = try Self.scoringSituations(db, filter: filter, arguments, today: today,
                                                        attests: r.politiattest != nil)
            }
            let renewal = try r.serviceID.flatMap { try Self.renewalMonths(db)[$0] }
            let table = MatchTable(requests: [r], situations: situations, renewalMonths: [renewal], today: today)
            var ranked: [(total: Int, index: Int)] = []
            var stamp = [Int](repeating: -1, count: situations.count)
            table.pool(request: 0, stamp: &stamp) { i in
                if let total = table.score(request: 0, volunteer: i) { ranked.append((total, i)) }
            }
            ranked.sort { a, b in
                a.total != b.total ? a.total > b.total : situations[a.index].volunteer.id < situations[b.index].volunteer.id
            }
            let shown = ranked.prefix(limit).map(\.index)
            // The shown ones in full (contact details), with the score part by part.
            var full: [RowID: Volunteer] = [:]
            if !shown.isEmpty {
                let ids = shown.map { String(situations[$0].volunteer.id) }.joined(separator: ",")
                for v in try db.decodeAll("SELECT * FROM volunteer WHERE id IN (\(ids))", StatementArguments(),
                                          Volunteer.init(row:)) { full[v.id] = v }
            }
            return shown.compactMap { i -> MatchCandidate? in
                guard let score = MatchScore.score(r, situations[i]), let volunteer = full[situations[i].volunteer.id] else {
                    return nil
                }
                return MatchCandidate(volunteer: volunteer, score: score)
            }
        }
    }
}
