// Every procedure the database offers, with its signature and outputs, for the console's completion.
// params: none
// columns: name (string), signature (string), description (string), mode (string), returnItems (list of { name, type })
SHOW PROCEDURES YIELD name, signature, description, mode, returnDescription
RETURN name, signature, description, mode,
       [item IN returnDescription | { name: item.name, type: item.type }] AS returnItems
ORDER BY name
