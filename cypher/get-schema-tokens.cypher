// Labels, relationship types and property keys in use, for the console's completion.
// params: none
// columns: labels (list of strings), relationshipTypes (list of strings), propertyKeys (list of strings)
CALL () {
  CALL db.labels() YIELD label
  RETURN collect(label) AS labels
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType
  RETURN collect(relationshipType) AS relationshipTypes
}
CALL () {
  CALL db.propertyKeys() YIELD propertyKey
  RETURN collect(propertyKey) AS propertyKeys
}
RETURN labels, relationshipTypes, propertyKeys
