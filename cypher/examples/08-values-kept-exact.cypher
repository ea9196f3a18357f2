// title: Values kept exact: big integers, dates, durations, points
// description: Integers beyond 2^53, temporal values, points, lists and maps come back as
//   Neo4j holds them, not rounded.
// params: { "big": 9007199254740993 }
// columns: big, fromParameter, published, window, place, list, map
RETURN 9007199254740993 AS big,
       $big AS fromParameter,
       date('2019-07-22') AS published,
       duration('P1DT2H') AS window,
       point({ longitude: 114.1657, latitude: 22.3049 }) AS place,
       [1, 2.5, 'three'] AS list,
       { code: '600271', listed: 2003 } AS map
