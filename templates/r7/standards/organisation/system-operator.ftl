<#import "lib.ftl" as o>
<@o.section key="systemOperator"/>
