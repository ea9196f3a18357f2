// Every function the database offers (built-in and user-defined), for the console's completion.
// params: none
// columns: name (string), signature (string), description (string)
SHOW FUNCTIONS YIELD name, signature, description
RETURN name, signature, description
ORDER BY name
