package dev.procura.ncrs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An NCR's finding with every reference checked (or, for an automatic NCR, as its source reported it). */
record NcrFinding(
        String itemCode,
        UUID supplierId,
        UUID plantId,
        BigDecimal quantity,
        String unit,
        List<String> defectCodes,
        String description,
        String disposition,
        String rootCause) {}
