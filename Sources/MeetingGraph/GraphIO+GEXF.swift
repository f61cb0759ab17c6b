enum GEXFFormat {
    static func write(_ g: Graph) -> String { "" }
    static func read(_ bytes: [UInt8], path: String) throws -> Graph { throw GraphFileError(path: path, message: "GEXF not supported yet") }
}
