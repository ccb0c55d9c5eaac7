import GRDB

/// Case-insensitive substring matching that also folds Æ/Ø/Å and other
/// non-ASCII letters. SQLite's LIKE and NOCASE only fold ASCII, which would
/// make "østre" miss "Østre Lions"; `dugnad_contains(haystack, needle)`
/// compares Unicode-lowercased text instead. `needle` must already be
/// folded with `TextFold.fold` (done once per query, not per row).
enum TextFold {
    static func fold(_ text: String) -> String { text.lowercased() }

    static let containsFunction = DatabaseFunction("dugnad_contains", argumentCount: 2, pure: true) { values in
        guard let haystack = String.fromDatabaseValue(values[0]),
              let needle = String.fromDatabaseValue(values[1]) else { return false }
        if needle.isEmpty { return true }
        return haystack.lowercased().contains(needle)
    }
}
