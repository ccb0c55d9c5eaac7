/// Indexes that let the Venues grid read its rows in display order (site
/// name, then venue name) straight from an index: without them every window
/// sorted all venues in a temporary b-tree (3 ms at 3,000 venues, per read).
/// Indexes only, so the schema version stays: an older build reads the file
/// as before. `active` is in the index so that skipping rows (OFFSET) does
/// not read the table.
enum VenueOrderMigration {
    static let sql = """
        CREATE INDEX site_name ON site(name, id);
        CREATE INDEX venue_site_name ON venue(site_id, name, id, active);
        CREATE INDEX venue_without_site_name ON venue(name, id) WHERE site_id IS NULL;
        """
}
