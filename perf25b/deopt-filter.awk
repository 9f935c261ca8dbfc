# Reads node --trace-deopt-verbose output; prints each deopt of generated code (a function
# named *_vjp, *_grad, *_fwd, *_rev, *_jvp, *_hvp) as: function | reason | source position
# (innermost first, "inlined at" the callers). Other lines matching /^(ok|slow|[{|]|#)/ pass through.
/bailout.*deoptimizing/ { match($0, /reason: [^)]*/); r = substr($0, RSTART, RLENGTH); match($0, /JSFunction [^ ]*/); fn = substr($0, RSTART+11, RLENGTH-11); want = 1; next }
want && /;;; deoptimize at/ { sub(/.*deoptimize at /, ""); gsub(/file:\/\/\/[^ ]*perf25b\//, ""); gsub(/file:\/\/\/tmp\/[^\/]*\//, ""); if (fn ~ /_(vjp|grad|fwd|rev|jvp|hvp)$/) print "   DEOPT", fn, "|", r, "|", $0; want = 0; next }
/^(ok|slow|WRONG|[{|]|#|  [a-z])/ { print }
