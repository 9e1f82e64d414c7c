# Random-effects pooling by metafor, the figures export/pooling.py is checked against (tests/export/test_pooling.py).
# Run from this folder: Rscript check.R > check.out   (writes bcg.csv, hine1989.csv, figures.csv, weights.csv)
suppressPackageStartupMessages(library(metafor))
cat(R.version.string, "| metafor", as.character(packageVersion("metafor")), "| metadat", as.character(packageVersion("metadat")), "\n\n")

# 1. metafor's own example: the BCG vaccine trials (Colditz et al. 1994), log risk ratios.
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
write.csv(data.frame(trial = bcg$trial, author = bcg$author, year = bcg$year, yi = sprintf("%.17g", bcg$yi), vi = sprintf("%.17g", bcg$vi)),
          "bcg.csv", row.names = FALSE)
# 2. metafor's example of no heterogeneity (tau^2 = 0): lidocaine after myocardial infarction (Hine et al. 1989), risk differences.
hine <- escalc(measure = "RD", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.hine1989)
write.csv(data.frame(study = hine$study, source = hine$source, yi = sprintf("%.17g", hine$yi), vi = sprintf("%.17g", hine$vi)),
          "hine1989.csv", row.names = FALSE)
# 3. Real meta rows of the bundled records: PMID 27797938 (Bao 2017), three TERT SNP odds ratios (log OR), as
#    `trialdb export --format meta` derives yi/vi from the stated 95% CIs.
bao <- read.csv("bao2017_tert_snps.csv")

figures <- NULL
weights <- NULL
for (name in c("bcg", "hine1989", "bao2017_tert_snps")) {
  d <- switch(name, bcg = bcg, hine1989 = hine, bao2017_tert_snps = bao)
  for (method in c("REML", "DL")) {
    fit <- rma(yi, vi, data = d, method = method)
    cat("=====", name, method, "=====\n")
    print(fit)
    if (name == "bcg") print(predict(fit, transf = exp, digits = 4))
    figures <- rbind(figures, data.frame(
      dataset = name, method = method, k = fit$k,
      estimate = sprintf("%.15g", fit$b[1]), se = sprintf("%.15g", fit$se), ci.lb = sprintf("%.15g", fit$ci.lb),
      ci.ub = sprintf("%.15g", fit$ci.ub), zval = sprintf("%.15g", fit$zval), pval = sprintf("%.15g", fit$pval),
      tau2 = sprintf("%.15g", fit$tau2), se.tau2 = sprintf("%.15g", fit$se.tau2), I2 = sprintf("%.15g", fit$I2),
      H2 = sprintf("%.15g", fit$H2), QE = sprintf("%.15g", fit$QE), QEp = sprintf("%.15g", fit$QEp)))
    weights <- rbind(weights, data.frame(dataset = name, method = method, i = seq_len(fit$k), weight = sprintf("%.15g", weights(fit))))
  }
}
write.csv(figures, "figures.csv", row.names = FALSE)
write.csv(weights, "weights.csv", row.names = FALSE)
