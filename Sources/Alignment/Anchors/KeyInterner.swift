import Names
import TextBytes

/// Numbers 64-bit anchor keys 0, 1, 2, … in order of first sight, in a `HashKeyedTable`: the
/// keys are hashes already (a Dictionary would hash them again), and building the anchor tables
/// of a long document looks up some 100,000 keys.
struct KeyInterner {
    private var table = HashKeyedTable<UInt32>()
    var count: Int { table.count }

    /// The key's number, given on first sight.
    mutating func id(_ key: UInt64) -> UInt32 {
        if let id = table[key] { return id }
        let id = UInt32(table.count)
        table[key] = id
        return id
    }
}
