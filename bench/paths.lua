-- wrk script: GET the paths listed in a file, one per line, in turn (round robin).
-- Usage: wrk -s bench/paths.lua <base-url> -- <file of paths>   (use -t1: one thread, one cycle)
local paths = {}
local next_index = 0

function init(args)
    for line in io.lines(args[1]) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
    if #paths == 0 then
        error("no paths in " .. tostring(args[1]))
    end
end

function request()
    next_index = next_index % #paths + 1
    return wrk.format("GET", paths[next_index])
end
